#!/usr/bin/env bash
# What the portal's browser test needs, installed when missing (the build runs this before the
# tests; nothing happens when all is present):
#  - Debian's Chromium and its ChromeDriver: test tools cannot download a browser of their own here;
#  - axe-core, the accessibility checker the test runs in each page, from the npm registry, checked
#    against the digest npm publishes for it, into target/browser/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

AXE_VERSION=4.14.1
AXE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    echo "tools/browser/install.sh: cannot install packages as this user; run: sudo $*" >&2
    exit 1
  fi
}

packages=()
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || packages+=(chromium chromium-driver)
command -v curl >/dev/null || packages+=(curl)
if (( ${#packages[@]} )); then
  echo "tools/browser/install.sh: installing ${packages[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

axe="$root/target/browser/axe-$AXE_VERSION.min.js"
if [[ ! -s $axe ]]; then
  mkdir -p "$(dirname "$axe")"
  tarball=$(mktemp)
  trap 'rm -f "$tarball"' EXIT
  curl -fsSL --retry 3 -o "$tarball" "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_VERSION.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [[ $actual != "$AXE_INTEGRITY" ]]; then
    echo "tools/browser/install.sh: axe-core $AXE_VERSION does not match its published digest" >&2
    exit 1
  fi
  tar -xzf "$tarball" -O package/axe.min.js > "$axe.part"
  mv "$axe.part" "$axe"
fi
