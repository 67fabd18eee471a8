#!/usr/bin/env bash
# Start-up and warm-up against the work itself: `lexcorpus run` over the same files RUNS times in one JVM (WarmRuns),
# with the JVM options the launcher gives run --no-tokens. The first run is what a user's run costs; the last ones
# what the stages cost once compiled. The corpus: ../shared/corpus copied COPIES times (default 30, about 13 MB).
#   Usage: src/bench/warm.sh [RUNS=6] [run options…]     e.g. src/bench/warm.sh 6 --threads 2
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-6}
shift || true
COPIES=${COPIES:-30}
shared=${SHARED:-../shared}/corpus
[ -d "$shared" ] || { echo "warm: $shared is missing" >&2; exit 1; }
c=target/bench/copies-$COPIES
if [ ! -f "$c.complete" ]; then
  rm -rf "$c"
  for k in $(seq -f %04g "$COPIES"); do
    mkdir -p "$c/$k"
    cp "$shared"/*.txt "$c/$k/"
  done
  touch "$c.complete"
fi
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
echo "$(du -sb "$c" | awk '{printf "%.0f MB", $1 / 1e6}') in $(find "$c" -name '*.txt' | wc -l) files; load $(cut -d' ' -f1-3 /proc/loadavg)"
# the launcher's options for run --no-tokens (see ./lexcorpus), and its default heap
java -XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=60 -XX:Tier4BackEdgeThreshold=1000000 -Xmx1g \
  -Duser.language=en -Dfile.encoding=UTF-8 -cp "$cp" lexcorpus.bench.WarmRuns "$RUNS" \
  run -q --no-tokens --format csv -o target/bench/warm.csv "$@" "$c"
