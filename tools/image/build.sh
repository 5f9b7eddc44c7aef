#!/usr/bin/env bash
# The service's OCI image as a tarball, built without a Docker daemon (the build runs this after
# packaging target/quarkus-app): tools/image/build.sh <version> <classpath holding jib-core>.
# Load it where a container engine runs: `podman load -i target/image/ipr-hotline-<version>.tar`,
# or copy it to a registry with `skopeo copy oci-archive:... docker://registry/ipr-hotline:<version>`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$1
classpath=$2
# The runtime layer changes only with the JDK: built once per clean build.
[[ -x "$root/target/image/runtime/opt/java/bin/java" ]] || "$root/tools/image/runtime.sh"
java -cp "$classpath" "$root/tools/image/BuildImage.java" "$root/target/image/runtime" \
  "$root/target/quarkus-app" "$root/target/image/ipr-hotline-$version.tar" "ipr-hotline:$version"
