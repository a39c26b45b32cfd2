#!/usr/bin/env bash
# The system tools the quality gate needs beyond Node and npm: Debian's
# chromium (browser and accessibility tests) and a Java runtime (the Nu Html
# Checker). `npm test` runs this first, so the README's test command works
# on a fresh machine: what is missing is installed with apt-get (as root, or
# with sudo); where that is not possible it says what to install and stops.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
echo "ensureTools: installing ${need[*]} with apt-get (needed by the browser tests and the HTML checker)" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensureTools: not root and no sudo: install ${need[*]} (Debian: apt-get install ${need[*]}) and run again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${need[@]}"
