#!/usr/bin/env bash
# Quick start, the main job: install what is missing, build both extension targets and the CLI,
# run Dubao on the bundled seed page (its summary as a Markdown card, then the JSON), and, when a
# display exists, open Chromium with Dubao loaded on that page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
npm run -s build
echo
echo "== dubao summarize --format md test/fixtures/pages/seed.html"
node bin/dubao.mjs summarize --format md test/fixtures/pages/seed.html
echo
echo "== Extension builds: dist/chrome (load unpacked in Chrome) and dist/firefox (about:debugging → Load Temporary Add-on)"
if [ -n "${DISPLAY:-}" ] && [ -x /usr/bin/chromium ]; then
  profile=$(mktemp -d)
  # Fixtures are served over http on 127.0.0.1 (the content script runs on http/https pages only).
  exec 3< <(node scripts/serve-fixtures.mjs)
  server_pid=$!
  read -r url <&3
  echo "== opening Chromium with Dubao on $url (close the window to finish)"
  /usr/bin/chromium --user-data-dir="$profile" --no-first-run --disable-background-networking \
    --disable-extensions-except="$PWD/dist/chrome" --load-extension="$PWD/dist/chrome" "$url" >/dev/null 2>&1 || true
  kill "$server_pid" 2>/dev/null || true
fi
