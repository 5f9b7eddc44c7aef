#!/usr/bin/env bash
# The browser the portal's browser test drives: Debian's Chromium and its ChromeDriver. Test tools
# cannot download a browser of their own here, so the build installs these packages when they are
# missing (the test phase runs this script first). Nothing happens when both are present.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: Chromium is missing and this user cannot install packages;" >&2
  echo "  run: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi

echo "install-chromium: installing Debian's chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version >&2
