#!/usr/bin/env bash
# Install (see install.sh) and run the whole test suite. pytest's exit 5 (no tests) is a failure here.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test || exit 1
.venv/bin/python -m pytest -q "$@"
status=$?
if [ "$status" = 5 ]; then echo "error: no tests were collected" >&2; exit 1; fi
exit $status
