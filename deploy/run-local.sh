#!/usr/bin/env bash
# Starts the whole service locally: PostgreSQL, Kafka, an SMTP server, Keycloak, then ipr-hotline on
# http://localhost:8080.
# Settings come from .env when it exists (copy .env.example); Ctrl-C stops the service,
# deploy/stop-local.sh stops PostgreSQL, Kafka, the SMTP server and Keycloak as well.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

"$here/postgres.sh" start
"$here/kafka.sh" start
"$here/mail.sh" start
"$here/keycloak.sh" start

. "$here/local-env.sh"
exec java ${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC} -jar target/quarkus-app/quarkus-run.jar
