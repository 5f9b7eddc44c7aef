#!/usr/bin/env bash
# A real single-node Apache Kafka (KRaft) from Apache's own jars, for local runs. No Docker.
#   deploy/kafka.sh start | stop | status
# KAFKA_PORT (9092) and IPR_DATA_DIR (deploy/.data) may be set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${IPR_DATA_DIR:-$here/.data}/kafka
port=${KAFKA_PORT:-9092}
controller_port=$((port + 1))
pidfile=$data/kafka.pid

name=kafka
. "$here/daemon.sh"

start() {
  free_to_start || return 0
  mkdir -p "$data/logs" "$data/log"
  if [ ! -s "$data/classpath.txt" ]; then
    echo "kafka: resolving Apache Kafka's jars (first run only)"
    "$root/mvnw" -B -q -f "$here/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$data/classpath.txt"
  fi
  local cp; cp=$(cat "$data/classpath.txt")
  sed -e "s/localhost:9092/localhost:$port/g" -e "s/localhost:9093/localhost:$controller_port/g" \
    "$here/kafka/server.properties" > "$data/server.properties"
  echo "log.dirs=$data/log" >> "$data/server.properties"
  if [ ! -f "$data/log/meta.properties" ]; then
    local cluster_id; cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$data/server.properties" > "$data/logs/format.log"
  fi
  nohup java -Xms256m -Xmx512m \
    -Dlog4j2.configurationFile="$here/kafka/log4j2.properties" -Dkafka.logs.dir="$data/logs" \
    -cp "$cp" kafka.Kafka "$data/server.properties" > "$data/logs/stdout.log" 2>&1 &
  echo $! > "$pidfile"
  await_port 60 "$data/logs/stdout.log"
  echo "kafka: up on localhost:$port (logs in $data/logs)"
}

case "${1:-}" in
  start) start ;;
  stop) stop_daemon ;;
  status) status_daemon ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
