#!/usr/bin/env bash
# Everything bdbench needs on a fresh Debian machine, run as root from the repository root:
# Docker Engine + Compose (started without a bridge), the Python venv, and the sandbox images
# (every stack under sandboxes/).
# Safe to rerun: each step skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-docker.sh

# Debian's headless Chromium, for the leaderboard's browser test.
if [ -f /etc/debian_version ] && ! command -v chromium >/dev/null; then echo "[setup] installing chromium"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi

if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv"
  python3 -m venv .venv
fi
echo "[setup] installing bdbench into .venv"
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]' >/tmp/bdbench-pip.log 2>&1 \
  || { grep -v 'is ignored' /tmp/bdbench-pip.log | tail -30; exit 1; }

# npm on the host prepares the Node stack's registry packages (sandboxes/node/npm) and the
# Claude Code binary of the claude-code harness layer (sandboxes/harnesses/claude-code) for
# their offline image builds.
if ! command -v npm >/dev/null; then echo "[setup] installing npm"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; fi

echo "[setup] building sandbox images and harness variants (a cache hit when nothing changed)"
.venv/bin/bdbench images build
.venv/bin/bdbench doctor
