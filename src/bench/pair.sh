#!/usr/bin/env bash
# Ingest without tokens: the build of a git revision against the working tree's, in one JVM, taking turns on one
# document of MB megabytes (samples/ and ../shared/corpus), ROUNDS rounds after a warm-up of both (JarPair). Prints
# the machine and its load before and after.   Usage: src/bench/pair.sh REV [MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
rev=${1:?usage: src/bench/pair.sh REV [MB] [ROUNDS]}
old=$(build_rev "$rev")
cp=$(build_tree)
machine_line "$rev"
java -Xmx2g -Duser.language=en -cp "$cp" lexcorpus.bench.JarPair "$old/target/lexcorpus.jar" target/lexcorpus.jar "${2:-2}" "${3:-20}"
echo "load after:$(uptime | sed 's/.*load average://')"
