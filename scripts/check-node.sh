#!/usr/bin/env bash
# Stops with a clear message when this machine's Node.js is older than the line Dubao's build and
# tests support (package.json "engines": vite 8 and oxlint need 20.19+ on the 20 line, or 22.12+).
set -euo pipefail
if ! command -v node >/dev/null; then
  echo "dubao: Node.js is not installed. Install Node.js 20.19+ (or 22.12+) with npm, then run this again." >&2
  exit 1
fi
v=$(node -p 'process.versions.node')
IFS=. read -r major minor _ <<<"$v"
if ((major < 20 || (major == 20 && minor < 19) || (major == 21) || (major == 22 && minor < 12))); then
  echo "dubao: Node.js $v is not supported: use Node.js 20.19+ or 22.12+ (package.json engines)." >&2
  exit 1
fi
