#!/usr/bin/env bash
# The matrix demo, one command: three scripted agents (oracle, half, nop) x two agent prompt
# files over a few fixtures in Docker, then the leaderboard site, then the two comparisons
# with known answers: oracle vs nop is a regression (the gate exits 1), and oracle under one
# prompt vs oracle under the other is no difference (the gate passes).
#
#   bash scripts/matrix-demo.sh            # after scripts/setup.sh
#   TASKS="crud-fastapi route-rails-endpoint" bash scripts/matrix-demo.sh
#
# Rerunning resumes: finished samples are kept (inspect eval-set), errored ones retried.
set -euo pipefail
cd "$(dirname "$0")/.."

BDBENCH=${BDBENCH:-.venv/bin/bdbench}
LOGS=${LOGS:-results/logs/matrix}
SITE=${SITE:-results/site}
# Six fixtures in four scenarios: enough for McNemar's exact test to reach p < 0.05 when one
# agent solves all six and another none.
TASKS=${TASKS:-crud-fastapi fix-sql-injection migration-alembic route-rails-endpoint route-nestjs-service route-python-crud}
AGENTS=(agents/backend-developer.md agents/backend-developer-no-delegation.md)

# shellcheck disable=SC2086  # TASKS is a list of ids
$BDBENCH run --model bdbench/oracle bdbench/half bdbench/nop --agent "${AGENTS[@]}" \
  --tasks $TASKS --log-dir "$LOGS" --max-samples "${MAX_SAMPLES:-4}" --display "${DISPLAY_MODE:-plain}"

$BDBENCH leaderboard "$LOGS" -o "$SITE"

echo
echo "== oracle vs nop (expected: a regression, the gate exits 1)"
set +e
$BDBENCH compare "$LOGS" "$LOGS" --base-run 'bdbench/oracle*backend-developer' \
  --candidate-run 'bdbench/nop*backend-developer' --fail-on-regression
worse=$?
echo
echo "== oracle vs oracle under the other prompt (expected: no difference, the gate passes)"
$BDBENCH compare "$LOGS" "$LOGS" --base-run 'bdbench/oracle*backend-developer' \
  --candidate-run 'bdbench/oracle*backend-developer-no-delegation' --fail-on-regression
same=$?
set -e

echo
if [ "$worse" -eq 1 ] && [ "$same" -eq 0 ]; then
  echo "known answers hold: oracle vs nop gate=$worse (regression), oracle vs oracle gate=$same"
  echo "leaderboard: $SITE/index.html (serve it: python3 -m http.server -d $SITE)"
else
  echo "UNEXPECTED: oracle vs nop gate=$worse (want 1), oracle vs oracle gate=$same (want 0)" >&2
  exit 1
fi
