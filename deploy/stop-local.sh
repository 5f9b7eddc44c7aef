#!/usr/bin/env bash
# Stops the local Kafka, PostgreSQL, SMTP server and Keycloak started by run-local.sh (their data stays in deploy/.data).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/keycloak.sh" stop
"$here/mail.sh" stop
"$here/kafka.sh" stop
"$here/postgres.sh" stop
