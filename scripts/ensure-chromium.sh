#!/usr/bin/env bash
# Installs Debian's chromium for the Playwright tests when it is missing (Playwright's own browser
# download cannot reach its CDN here). Needs root or sudo; does nothing when chromium is already there.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Installing Debian's chromium for the end-to-end tests…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$chromium_path" --version
