#!/usr/bin/env bash
# Extract of all types: the build of a git revision against the working tree's, in one JVM, taking turns on one
# ordinary document of MB megabytes (samples/ and ../shared/corpus) and on the adversarial all-types line at
# 0.25-2 MB, ROUNDS rounds (ExtractPair). Prints the machine and its load before and after.
#   Usage: src/bench/extract-pair.sh REV [MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
rev=${1:?usage: src/bench/extract-pair.sh REV [MB] [ROUNDS]}
old=$(build_rev "$rev")
cp=$(build_tree)
machine_line "$rev"
java -Xmx2g -Duser.language=en -cp "$cp" lexcorpus.bench.ExtractPair "$old/target/lexcorpus.jar" target/lexcorpus.jar "${2:-2}" "${3:-10}"
echo "load after:$(uptime | sed 's/.*load average://')"
