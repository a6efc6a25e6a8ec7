#!/bin/sh
# Parse speed against CPython over the same files (default: the host CPython's library): ours
# (ParseBench, 2 warm-up passes, median of 5), then python3's ast.parse (median of 5).
set -e
dir=$(dirname "$0")
[ $# -eq 0 ] && set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')"
"$dir/run-main.sh" ParseBench -passes 5 "$@"
python3 "$dir/parse-bench.py" -passes 5 "$@"
