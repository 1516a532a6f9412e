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
  echo "== opening Chromium with Dubao on the seed page (close the window to finish)"
  /usr/bin/chromium --user-data-dir="$profile" --no-first-run --disable-background-networking \
    --disable-extensions-except="$PWD/dist/chrome" --load-extension="$PWD/dist/chrome" \
    "file://$PWD/test/fixtures/pages/seed.html" >/dev/null 2>&1 || true
fi
