#!/usr/bin/env bash
# Installs what the tests need besides npm packages: Debian's Chromium and its headless shell (the
# browser the end-to-end tests drive; nothing downloads a browser of its own), xmllint (schema
# checks of XML exports) and unzip (the workbench's dataset folder is one .zip; the tests unpack it
# as a curator would).
set -euo pipefail
need=()
command -v /usr/bin/chromium >/dev/null 2>&1 || need+=(chromium)
# The end-to-end tests run in the headless shell (same build, lighter: tests/e2e/browser.ts).
command -v /usr/bin/chromium-headless-shell >/dev/null 2>&1 || need+=(chromium-headless-shell)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
fc-list 2>/dev/null | grep -qi 'noto sans' || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
echo "test dependencies ready: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'), headless shell $(/usr/bin/chromium-headless-shell --version 2>/dev/null || echo '?'), $(xmllint --version 2>&1 | head -1)"
