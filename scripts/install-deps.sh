#!/usr/bin/env bash
# Installs what Dubao's build and tests need on a bare Debian/Ubuntu machine with Node 20 + npm:
# Debian packages only when missing (browsers for e2e, CJK fonts for screenshots, Xvfb + xdotool for
# the real-shortcut test), then the npm packages from the lockfile. No browser downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-node.sh
APT_PKGS=(chromium fonts-noto-cjk xvfb xauth xdotool firefox-esr)
missing=()
for p in "${APT_PKGS[@]}"; do  # dpkg -s also succeeds for removed-but-not-purged packages
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ "${FORCE_NPM_CI:-}" = 1 ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
