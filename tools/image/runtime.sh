#!/usr/bin/env bash
# The image's runtime layer, built from what this machine already has (no registry is reachable
# here, so no base image can be pulled): a Java runtime cut down by jlink to the modules the
# service uses, the shared libraries it links against (glibc, zlib), a non-root user and an empty
# /tmp. Output: target/image/runtime/, laid out as the image's root.
#
# The JDK: IMAGE_JDK, else a Java 25 or later under /usr/lib/jvm (the image then starts from an
# AOT cache, see tools/image/build.sh), else the JDK that builds. Java 25 links from its own run-time
# image when it ships no jmods; 17 needs its jmods.
#
# The modules: what the service's libraries need at run time (JDBC, JMX for metrics, JNDI for
# Quartz, SASL/GSS for Kafka's SCRAM, the EC and zip file systems, the HTTP client). An image that
# misses one fails its start check in ImageIT.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/image/runtime"
feature() { awk -F'"' '/^JAVA_VERSION=/ { split($2, v, "."); print v[1] }' "$1/release" 2>/dev/null; }
jdk=${IMAGE_JDK:-}
if [[ -z "$jdk" ]]; then
  for candidate in /usr/lib/jvm/*/; do
    if [[ -x "$candidate/bin/jlink" && "$(feature "$candidate")" -ge 25 ]]; then jdk=${candidate%/}; break; fi
  done
fi
jdk=${jdk:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,\
java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,\
jdk.zipfs

module_path=()
compress=2   # zip-6 since Java 21, which deprecates the number
[[ "$(feature "$jdk")" -ge 21 ]] && compress=zip-6
if [[ -d "$jdk/jmods" ]]; then
  module_path=(--module-path "$jdk/jmods")
elif [[ "$(feature "$jdk")" -lt 25 ]]; then
  echo "tools/image/runtime.sh: $jdk has no jmods; set IMAGE_JDK to a full JDK 17, or a JDK 25" >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/deployments"
"$jdk/bin/jlink" "${module_path[@]}" --add-modules "$modules" --strip-debug --no-man-pages \
  --no-header-files --compress="$compress" --output "$out/opt/java"

# Debian links the JDK's trust store to /etc/ssl; the image keeps a copy of its own.
cacerts="$out/opt/java/lib/security/cacerts"
if [[ -L "$cacerts" || ! -s "$cacerts" ]]; then
  rm -f "$cacerts"
  cp -L "$jdk/lib/security/cacerts" "$cacerts"
fi

# Every shared library the runtime links against, at the path the loader looks for it; not those
# of the desktop's native parts (windows, fonts, sound, images), which a headless service never loads.
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
    ! -name 'libawt*' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' ! -name 'libfontmanager.so' \
    ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libjawt.so' -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '/=> \// { print $3 } /^\s*\/lib.*ld-linux/ { print $1 }' | sort -u |
  while read -r lib; do
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
  done
# The loader itself, where binaries ask for it.
mkdir -p "$out/lib64"
cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/"

# A user with no shell and no home of its own: the container runs as 1001, never as root.
printf 'root:x:0:0:root:/root:/sbin/nologin\nipr:x:1001:1001:ipr-hotline:/deployments:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nipr:x:1001:\n' > "$out/etc/group"
chmod 1777 "$out/tmp"
echo "tools/image/runtime.sh: runtime in $out ($(du -sh "$out" | cut -f1))"
