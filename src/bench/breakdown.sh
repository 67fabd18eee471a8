#!/usr/bin/env bash
# Where ingest with tokens spends its time, in one process, one thread (lexcorpus.bench.IngestBreakdown):
#   src/bench/breakdown.sh [CORPUS=target/bench/corpus-50mb] [ROUNDS=3]   (make the corpus with chain.sh 50)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -XX:+UseParallelGC -Duser.language=en -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  lexcorpus.bench.IngestBreakdown "${1:-target/bench/corpus-50mb}" "${2:-3}" 2>/dev/null
