#!/usr/bin/env bash
# Starts the whole service locally: PostgreSQL, Kafka, an SMTP server, Keycloak, then ipr-hotline on
# http://localhost:8080, from a JDK AOT cache when a Java 25 or later is installed (deploy/java.sh;
# JAVA=java starts it with the build's Java and no cache).
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
. "$here/java.sh"
choose_service_java
opts=(${JAVA_OPTS:--Xmx256m -Xms128m -XX:+UseSerialGC})   # the container's shape: half of its 512 MiB
if [ -z "$service_aot" ]; then
  exec "$service_java" "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar
fi
# As the image starts: from an AOT cache of this build, or, the first time, recording one that the JVM
# writes when the service stops (Ctrl-C or SIGTERM; that takes some seconds).
if aot_fresh; then
  exec "$service_java" -XX:AOTCache="$aot_cache" "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar
fi
rm -f "$aot_cache"
echo "no AOT cache for this build yet: this run records one into $aot_cache when the service stops"
# -Xlog: the JVM lists each class it cannot archive (a hundred lines, none of them a fault).
exec "$service_java" -XX:AOTCacheOutput="$aot_cache" -Xlog:aot*=error "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar
