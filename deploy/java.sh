# Sourced by the local scripts: finding a Java of a given version, and which Java starts the packaged
# service with which JDK AOT cache (JEP 483/514/515, Java 25 and later), as the image does.
#   java_at_least N [candidate…]  prints the first of the candidates, java on the PATH and those
#                                 under /usr/lib/jvm whose version is N or later; fails when none is
#   choose_service_java           sets service_java: JAVA when set, else a Java 25 or later, else
#                                 java (JAVA=java: the build's Java); and service_aot: "yes" when
#                                 service_java is 25 or later, else empty
#   aot_cache                     target/quarkus-app/app.aot, made for exactly the jars next to it
#   aot_fresh                     succeeds when the cache exists and no jar is newer than it
# The service is started from the project's root with -jar target/quarkus-app/quarkus-run.jar: a cache
# is only used by a JVM whose class path is written as the one that recorded it.
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java_at_least() {
  local least=$1 candidate
  shift
  for candidate in "$@" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(java_feature "$candidate")" -ge "$least" ] 2> /dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
choose_service_java() {
  service_aot=yes
  if [ -n "${JAVA:-}" ]; then
    service_java=$JAVA
    [ "$(java_feature "$JAVA")" -ge 25 ] 2> /dev/null || service_aot=
  elif ! service_java=$(java_at_least 25); then
    service_java=java
    service_aot=
  fi
}
aot_cache=target/quarkus-app/app.aot
aot_fresh() {
  [ -f "$aot_cache" ] && [ -z "$(find target/quarkus-app -name '*.jar' -newer "$aot_cache" -print -quit)" ]
}
