#!/usr/bin/env bash
# Starts the whole service locally: PostgreSQL, Kafka, then ipr-hotline on http://localhost:8080.
# Settings come from .env when it exists (copy .env.example); Ctrl-C stops the service,
# deploy/stop-local.sh stops PostgreSQL and Kafka as well.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

"$here/postgres.sh" start
"$here/kafka.sh" start

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:${PG_PORT:-55432}/ipr_hotline"
export QUARKUS_DATASOURCE_USERNAME=ipr_hotline
export QUARKUS_DATASOURCE_PASSWORD=ipr_hotline
export KAFKA_BOOTSTRAP_SERVERS="localhost:${KAFKA_PORT:-9092}"
# Local stand-ins for the Twilio settings; a real deployment sets its own (see .env.example).
export TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID:-AC00000000000000000000000000000000}
export TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN:-local-development-token}
export TWILIO_PHONE_NUMBER=${TWILIO_PHONE_NUMBER:-+8612330000000}
export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://localhost:8080}
# The "local" profile adds the local staff users (see application.properties).
export QUARKUS_PROFILE=${QUARKUS_PROFILE:-local}
if [ -f .env ]; then set -a; . ./.env; set +a; fi

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  echo "building the service"
  ./mvnw -B -q package -DskipTests
fi
exec java ${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC} -jar target/quarkus-app/quarkus-run.jar
