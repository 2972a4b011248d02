#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: chromium for Playwright (its own browser
# download cannot reach its CDN here), shellcheck for the AWS CLI script, and awscli (the AWS CLI v2, as
# /usr/bin/aws) to run that script against the local IAM stand-in. Needs root or sudo.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ] && command -v shellcheck > /dev/null && [ -x /usr/bin/aws ]; then
  exit 0
fi
echo "Installing Debian's chromium, shellcheck and awscli for the tests…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium shellcheck awscli >/dev/null
"$chromium_path" --version
shellcheck --version | head -2
/usr/bin/aws --version
