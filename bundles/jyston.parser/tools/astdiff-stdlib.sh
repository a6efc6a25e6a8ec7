#!/bin/sh
# Our AST dumps against python3's over every .py file of the host CPython library (or the given paths).
exec "$(dirname "$0")/run-main.sh" AstDiff "$@"
