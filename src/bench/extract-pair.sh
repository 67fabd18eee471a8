#!/usr/bin/env bash
# Extract of all types: the build of a git revision against the working tree's, in one JVM, taking turns on one
# ordinary document of MB megabytes (samples/ and ../shared/corpus) and on the adversarial all-types line at
# 0.25-2 MB, ROUNDS rounds (ExtractPair). Prints the machine and its load before and after.
#   Usage: src/bench/extract-pair.sh REV [MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=$(git rev-parse --short "${1:?usage: src/bench/extract-pair.sh REV [MB] [ROUNDS]}")
old=target/bench/rev-$rev
if [ ! -f "$old/target/lexcorpus.jar" ]; then
  rm -rf "$old" && mkdir -p "$old"
  git archive "$rev" | tar -x -C "$old"
  (cd "$old" && mvn -B -q -DskipTests package)
fi
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
mvn -B -q -DskipTests test-compile
echo "$(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); before: $rev, after: the working tree $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo +changes); load:$(uptime | sed 's/.*load average://')"
java -Xmx2g -Duser.language=en -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" lexcorpus.bench.ExtractPair \
  "$old/target/lexcorpus.jar" target/lexcorpus.jar "${2:-2}" "${3:-10}"
echo "load after:$(uptime | sed 's/.*load average://')"
