#!/usr/bin/env bash
# Install Docker Engine >= 24 and Compose v2 on Debian when missing, then start dockerd
# without a bridge. Bookworm's docker.io is too old (20.10), so the engine, CLI, containerd
# and compose come from trixie while bookworm's runc stays (trixie's needs a newer libc).
# Idempotent: a machine that already has a working engine is left as it is.
set -euo pipefail

log() { echo "[install-docker] $*"; }

engine_ok() {
  local v
  v=$(docker version --format '{{.Server.Version}}' 2>/dev/null) || return 1
  [ "${v%%.*}" -ge 24 ] && docker compose version >/dev/null 2>&1
}

start_dockerd() {
  if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then return 0; fi
  log "starting dockerd without a bridge network"
  # No bridge, no iptables: on these machines only loopback traffic is allowed.
  nohup dockerd --bridge=none --iptables=false --ip-forward=false \
    >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker version --format '{{.Server.Version}}' >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "dockerd did not answer within 60 s; see /var/log/dockerd.log"; tail -20 /var/log/dockerd.log
  return 1
}

if ! command -v dockerd >/dev/null 2>&1 || ! dockerd --version | grep -Eq 'version (2[4-9]|[3-9][0-9])'; then
  log "installing Docker Engine and Compose from Debian trixie"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq debootstrap iptables >/dev/null
  work=/tmp/bdbench-trixie
  mkdir -p "$work/lists/partial"
  # The machine's own Debian archive (mirror, proxy or snapshot), with trixie as the suite.
  archive=$(python3 "$(dirname "$0")/../src/bdbench/debian_sources.py")
  echo "deb $archive trixie main" >"$work/sources.list"
  A=(-o Dir::Etc::sourcelist="$work/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$work/lists")
  apt-get "${A[@]}" update -qq
  (cd "$work" && rm -f ./*.deb && apt-get "${A[@]}" download docker.io docker-cli containerd docker-compose)
  apt-get install -y -qq "$work"/docker.io_*.deb "$work"/docker-cli_*.deb "$work"/containerd_*.deb "$work"/docker-compose_*.deb >/dev/null
fi
command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }

start_dockerd
engine_ok || { log "engine or compose still missing or too old"; docker version; docker compose version; exit 1; }
log "engine $(docker version --format '{{.Server.Version}}'), $(docker compose version --short 2>/dev/null || docker compose version)"
