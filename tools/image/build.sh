#!/usr/bin/env bash
# The service's OCI image as a tarball, built without a Docker daemon (the build runs this after
# packaging target/quarkus-app, and again after the integration tests): tools/image/build.sh
# <version> <classpath holding jib-core> [with-aot-cache].
# With a Java 25 runtime, image/ImageIT trains an AOT cache on the image it tests
# (target/image/app.aot); the second build (with-aot-cache) puts it in the image, which then starts
# from it. A cache older than the application or runtime it was made for is left out.
# Load it where a container engine runs: `podman load -i target/image/ipr-hotline-<version>.tar`,
# or copy it to a registry with `skopeo copy oci-archive:... docker://registry/ipr-hotline:<version>`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$1
classpath=$2
with_cache=${3:-}
# The runtime layer changes only with the JDK: built once per clean build.
[[ -x "$root/target/image/runtime/opt/java/bin/java" ]] || "$root/tools/image/runtime.sh"
cache=("$root/target/image/app.aot")
if [[ "$with_cache" != with-aot-cache || ! -f "${cache[0]}" || -n "$(find "$root/target/quarkus-app" "$root/target/image/runtime" -newer "${cache[0]}" -type f \( -name "*.jar" -o -path "*/opt/java/*" \) -print -quit)" ]]; then
  cache=()
fi
java -cp "$classpath" "$root/tools/image/BuildImage.java" "$root/target/image/runtime" \
  "$root/target/quarkus-app" "$root/target/image/ipr-hotline-$version.tar" "ipr-hotline:$version" "${cache[@]}"
