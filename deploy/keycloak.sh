#!/usr/bin/env bash
# A real identity provider for local runs and the sign-in test: Keycloak (the server distribution,
# resolved from Maven Central) in development mode, with the realm deploy/keycloak/ipr-hotline-realm.json
# (roles coordinator, staff, triage, agency-<CODE>, province-<NN>, city-<NNNN>, county-<NNNNNN>; the local users of the README).
#   deploy/keycloak.sh start | stop | status
# KEYCLOAK_PORT (8180) and IPR_DATA_DIR (deploy/.data) may be set. Keycloak needs Java 21 or newer:
# the java on the PATH when it is, else one under /usr/lib/jvm, else Debian's openjdk-21 is installed.
# The realm is imported on the first start; after changing the realm file, stop and delete
# $IPR_DATA_DIR/keycloak/home/data to import it again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${IPR_DATA_DIR:-$here/.data}/keycloak
port=${KEYCLOAK_PORT:-8180}
version=26.5.6
home=$data/home/keycloak-$version
pidfile=$data/keycloak.pid

name=keycloak
. "$here/daemon.sh"

. "$here/java.sh"

# A java of version 21 or newer, installed from Debian when there is none.
java21() {
  java_at_least 21 "${KEYCLOAK_JAVA:-}" && return
  echo "keycloak: no Java 21 or newer; installing Debian's openjdk-21-jre-headless" >&2
  local sudo=; [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jre-headless >/dev/null
  echo /usr/lib/jvm/java-21-openjdk-amd64/bin/java
}

start() {
  free_to_start || return 0
  mkdir -p "$data"
  if [ ! -f "$home/bin/kc.sh" ]; then
    echo "keycloak: resolving and unpacking Keycloak $version (first run only)"
    "$root/mvnw" -B -q -f "$here/keycloak/pom.xml" dependency:unpack@unpack-keycloak -Dkeycloak.home="$data/home"
  fi
  mkdir -p "$home/data/import"
  cp "$here/keycloak/ipr-hotline-realm.json" "$home/data/import/"
  local java; java=$(java21)
  # kc.sh runs "java" from JAVA_HOME; the unpacked scripts may have lost their execute bit.
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")") JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    nohup bash "$home/bin/kc.sh" start-dev --http-port="$port" --http-host=127.0.0.1 --import-realm \
    --health-enabled=false --log-level=warn,org.keycloak.services:info > "$data/keycloak.log" 2>&1 &
  echo $! > "$pidfile"
  await_port 180 "$data/keycloak.log"
  # The port opens before the realm is imported: wait for the realm's discovery document.
  for _ in $(seq 1 60); do
    if curl -sf "http://127.0.0.1:$port/realms/ipr-hotline/.well-known/openid-configuration" >/dev/null; then
      echo "keycloak: up on http://localhost:$port (realm ipr-hotline, admin console: create an admin with kc.sh)"
      return
    fi
    sleep 1
  done
  echo "keycloak: the realm did not appear within 60 s, see $data/keycloak.log" >&2; exit 1
}

case "${1:-}" in
  start) start ;;
  stop) stop_daemon ;;
  status) status_daemon ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
