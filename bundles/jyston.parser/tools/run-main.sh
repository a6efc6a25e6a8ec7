#!/bin/sh
# Runs a main class of the parser module on a private copy of its classes (so that builds running
# meanwhile do not disturb it). Needs a prior build:
#   mvn -q -B -o -pl bundles/jyston.parser -am install
# Usage: run-main.sh CLASS [ARG...]   (CLASS: AstDiff, Fuzz, ParseBench; default path: the stdlib)
set -e
module=$(cd "$(dirname "$0")/.." && pwd)
cls=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$module/target/classes" "$tmp/parser"
cp -r "$module/../jyston.api/target/classes" "$tmp/api"
if [ $# -eq 0 ]; then
    set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')"
fi
java ${JAVA_OPTS:--Xmx2g} -cp "$tmp/parser:$tmp/api" "org.jyston.parser.impl.$cls" "$@"
