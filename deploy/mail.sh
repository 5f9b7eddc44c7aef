#!/usr/bin/env bash
# A real SMTP server (GreenMail standalone, resolved from Maven Central) for local runs: the
# service's e-mails to reporters land here, readable at http://localhost:8025/api/user/<address>/messages/
#   deploy/mail.sh start | stop | status
# MAIL_PORT (2525), MAIL_API_PORT (8025) and IPR_DATA_DIR (deploy/.data) may be set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${IPR_DATA_DIR:-$here/.data}/mail
port=${MAIL_PORT:-2525}
api_port=${MAIL_API_PORT:-8025}
pidfile=$data/mail.pid

name=mail
. "$here/daemon.sh"

start() {
  free_to_start || return 0
  mkdir -p "$data"
  if [ ! -s "$data/classpath.txt" ]; then
    echo "mail: resolving GreenMail (first run only)"
    "$root/mvnw" -B -q -f "$here/mail/pom.xml" dependency:build-classpath -Dmdep.outputFile="$data/classpath.txt"
  fi
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$port" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" \
    -cp "$(cat "$data/classpath.txt")" com.icegreen.greenmail.standalone.GreenMailStandaloneRunner \
    > "$data/mail.log" 2>&1 &
  echo $! > "$pidfile"
  await_port 30 "$data/mail.log"
  echo "mail: SMTP up on localhost:$port, received mail at http://localhost:$api_port/api/user"
}

case "${1:-}" in
  start) start ;;
  stop) stop_daemon ;;
  status) status_daemon ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
