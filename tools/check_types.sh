#!/usr/bin/env bash
# The checks CI runs before the tests: ruff (lint) and mypy (types) over core, gui, tools and
# main.py, as configured in pyproject.toml. Both always run, so one run shows every error; the
# exit code is non-zero when either finds one. Uses .venv/bin when there is one.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/ruff" ] || bin=$(dirname "$(command -v ruff)")
"$bin/ruff" check
ruff_status=$?
"$bin/mypy"
mypy_status=$?
[ "$ruff_status" -eq 0 ] && [ "$mypy_status" -eq 0 ]
