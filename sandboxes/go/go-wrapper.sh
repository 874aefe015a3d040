#!/bin/sh
# /usr/local/bin/go: the stack's Go settings for every caller, including the grader's app start,
# which gets a plain environment (PATH, HOME, LANG). A caller's own values win.
#   GO111MODULE=off  GOPATH mode: imports resolve from Debian's /usr/share/gocode (no module proxy here)
#   GOCACHE          the build cache prepared at image build time: read-only, so dependencies
#                    never recompile and no agent can change what the grader's builds use
: "${GO111MODULE:=off}" "${GOPATH:=/usr/share/gocode}" "${GOCACHE:=/opt/gocache}"
export GO111MODULE GOPATH GOCACHE
exec /usr/lib/go-1.19/bin/go "$@"
