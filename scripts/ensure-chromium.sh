#!/usr/bin/env bash
# Installs Debian's Chromium (and poppler-utils, used to read PDFs back in tests) when missing, and with
# `--with-firefox` Debian's Firefox ESR too, for the end-to-end tests run in it (tests/e2e-firefox).
# Never downloads a browser build of its own: the system packages are the only browsers used.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${1:-}" = "--with-firefox" ]; then
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installation des paquets Debian manquants : ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
