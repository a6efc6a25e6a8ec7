#!/usr/bin/env bash
# Produces the expected results of the conformance programs by running them under CPython 3.11:
# NAME.out (stdout), NAME.err (stderr, with this folder's path written as @DIR@) and NAME.rc.
# Usage: bash regenerate.sh [NAME.py ...]   (default: every program here)
set -euo pipefail
cd "$(dirname "$0")"
dir=$(pwd -P)
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "regenerate.sh needs CPython 3.11 as python3" >&2; exit 1; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(*.py)
for f in "${files[@]}"; do
  n=${f%.py}
  set +e
  python3 "$f" > "$n.out" 2> "$n.err.tmp"
  echo $? > "$n.rc"
  set -e
  sed "s#$dir#@DIR@#g" "$n.err.tmp" > "$n.err"
  rm -f "$n.err.tmp"
done
echo "regenerated ${#files[@]} program(s) with $(python3 -V)"
