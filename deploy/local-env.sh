# Sourced by the local scripts: how a locally run ipr-hotline reaches the PostgreSQL and Kafka that
# deploy/postgres.sh and deploy/kafka.sh start, and builds its jar when the sources are newer.
# Settings in .env (copy .env.example) win over these.
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:${PG_PORT:-55432}/ipr_hotline"
export QUARKUS_DATASOURCE_USERNAME=ipr_hotline
export QUARKUS_DATASOURCE_PASSWORD=ipr_hotline
export KAFKA_BOOTSTRAP_SERVERS="localhost:${KAFKA_PORT:-9092}"
# Local stand-ins for the Twilio settings; a real deployment sets its own (see .env.example).
export TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID:-AC00000000000000000000000000000000}
export TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN:-local-development-token}
export TWILIO_PHONE_NUMBER=${TWILIO_PHONE_NUMBER:-+8612330000000}
export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://localhost:8080}
export QUARKUS_MAILER_HOST=127.0.0.1
export QUARKUS_MAILER_PORT="${MAIL_PORT:-2525}"
# Staff sign in through the Keycloak deploy/keycloak.sh starts (realm deploy/keycloak/ipr-hotline-realm.json).
export QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${KEYCLOAK_PORT:-8180}/realms/ipr-hotline"
export QUARKUS_OIDC_CLIENT_ID=ipr-hotline
export QUARKUS_OIDC_CREDENTIALS_SECRET=local-development-client-secret-not-for-production
# The "local" profile adds the local staff users, "signin" the staff screens' sign-in through
# Keycloak (see application.properties).
export QUARKUS_PROFILE=${QUARKUS_PROFILE:-local,signin}
if [ -f .env ]; then set -a; . ./.env; set +a; fi

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  echo "building the service (the image is left out: -Dimage.skip)"
  ./mvnw -B -q package -DskipTests -Dimage.skip
fi
