#!/usr/bin/env bash
# Stops the local Kafka and PostgreSQL started by run-local.sh (their data stays in deploy/.data).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/kafka.sh" stop
"$here/postgres.sh" stop
