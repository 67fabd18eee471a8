#!/usr/bin/env bash
# Ingest without tokens: the build of a git revision against the working tree's, in one JVM, taking turns on one
# document of MB megabytes (samples/ and ../shared/corpus), ROUNDS rounds. Usage: src/bench/pair.sh REV [MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=$(git rev-parse --short "${1:?usage: src/bench/pair.sh REV [MB] [ROUNDS]}")
old=target/bench/rev-$rev
if [ ! -f "$old/target/lexcorpus.jar" ]; then
  rm -rf "$old" && mkdir -p "$old"
  git archive "$rev" | tar -x -C "$old"
  (cd "$old" && mvn -B -q -DskipTests package)
fi
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
mvn -B -q -DskipTests test-compile
exec java -Xmx2g -Duser.language=en -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" lexcorpus.bench.JarPair \
  "$old/target/lexcorpus.jar" target/lexcorpus.jar "${2:-2}" "${3:-20}"
