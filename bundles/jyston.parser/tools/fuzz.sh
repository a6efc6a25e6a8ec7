#!/bin/sh
# The long fuzz run: 100,000 inputs, seed 1, mutated from the .py files under the paths (default: the
# host CPython's library). Exit status 1 if any input failed.
[ $# -eq 0 ] && set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')"
exec "$(dirname "$0")/run-main.sh" Fuzz -n 100000 -seed 1 "$@"
