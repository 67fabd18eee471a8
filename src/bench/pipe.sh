#!/usr/bin/env bash
# The chain through pipes on one thread, each process timed on its own (seconds, peak RSS):
#   src/bench/pipe.sh PATH…     e.g. src/bench/pipe.sh target/bench/corpus-1000mb target/bench/big
# Environment: HEAP (default 512m), PARTS (extra ingest options, e.g. "--part-size 8").
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/lexcorpus.jar ] || mvn -B -q -DskipTests package
out=target/bench
mkdir -p "$out"
export LEXCORPUS_HEAP=${HEAP:-512m}
jar=./lexcorpus  # the launcher, with its JVM options
start=$(date +%s.%N)
/usr/bin/time -o "$out/pipe-ingest.time" -f "%e %M" $jar ingest -q --no-tokens --threads 1 ${PARTS:-} "$@" \
  | /usr/bin/time -o "$out/pipe-extract.time" -f "%e %M" $jar extract -q --threads 1 \
  | /usr/bin/time -o "$out/pipe-export.time" -f "%e %M" $jar export -q --format csv > /dev/null
end=$(date +%s.%N)
bytes=$(du -sbL "$@" | awk '{s += $1} END {print s}')
python3 - "$start" "$end" "$bytes" "$out" <<'PY'
import sys
start, end, size, out = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
secs = end - start
rss = []
for stage in ("ingest", "extract", "export"):
    _, kb = open(f"{out}/pipe-{stage}.time").read().split()
    rss.append(str(int(kb) // 1024))
print(f"{size / 1e6:.0f} MB in {secs:.1f} s: {size / 1e6 / secs:.1f} MB/s; peak RSS MB ingest / extract / export: {' / '.join(rss)}")
PY
