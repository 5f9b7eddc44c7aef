#!/usr/bin/env bash
# Stops the local Kafka, PostgreSQL and SMTP server started by run-local.sh (their data stays in deploy/.data).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/mail.sh" stop
"$here/kafka.sh" stop
"$here/postgres.sh" stop
