#!/usr/bin/env bash
# lexcorpus run against its yardsticks, side by side in one run: the pipe (ingest | extract | export), a
# one-regex pass over the same files (RegexPass: read, decode, one regex; start-up included), and
# jieba-analysis alone on the same lines (JiebaBaseline: process, SegMode.SEARCH, one thread, dictionary
# load excluded); without and with tokens; 1 and 2 threads; then the peak RSS of run on 50 MB and on 1 GB.
# The corpus: ../shared/corpus copied COPIES times (default 100: about 40 MB in 1,300 files), under
# target/bench/. This machine's speed drifts from minute to minute, so every figure that matters is a ratio
# of runs taken one after the other in the same round, and each is given as the median over ROUNDS rounds.
# Every lexcorpus process goes through the launcher (./lexcorpus) with its default JVM options.
#   Usage: src/bench/compare.sh [ROUNDS=3]     Environment: COPIES=100, BIG=1 (0 skips the 1 GB corpus)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
COPIES=${COPIES:-100}
BIG=${BIG:-1}
shared=${SHARED:-../shared}/corpus
[ -d "$shared" ] || { echo "compare: $shared is missing" >&2; exit 1; }
out=target/bench
mkdir -p "$out"
[ -f target/lexcorpus.jar ] || mvn -B -q -DskipTests package
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

# corpus NAME COPIES: ../shared/corpus copied into NAME/0001/ … (the same file names in each folder)
corpus() {
  local dir=$out/$1 k
  if [ ! -f "$dir.complete" ]; then
    rm -rf "$dir"
    for k in $(seq -f %04g "$2"); do
      mkdir -p "$dir/$k"
      cp "$shared"/*.txt "$dir/$k/"
    done
    touch "$dir.complete"
  fi
}
corpus "copies-$COPIES" "$COPIES"
c=$out/copies-$COPIES
bytes=$(find "$c" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$c" -name '*.txt' | wc -l)
warm() { find "$1" -name '*.txt' -exec cat {} + > /dev/null; }

# timed NAME CMD…: wall seconds and peak RSS (kB) of one command, into $out/NAME.time
timed() {
  local name=$1
  shift
  warm "$c"
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@"
}
pipe() { # pipe THREADS INGEST-OPTIONS…: the command line of the pipe
  local t=$1
  shift
  echo "./lexcorpus ingest -q --threads $t $* '$c' | ./lexcorpus extract -q --threads $t | ./lexcorpus export -q --format csv -o '$out/pipe.csv'"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GB;" \
  "$(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
echo "corpus: $c, $((bytes / 1000000)) MB in $files files; $ROUNDS rounds"
for r in $(seq "$ROUNDS"); do
  timed "regex-$r" java -cp "$cp" lexcorpus.bench.RegexPass "$c" > /dev/null
  timed "run-notokens-1-$r" ./lexcorpus run -q --no-tokens --threads 1 --format csv -o "$out/run.csv" "$c"
  timed "pipe-notokens-1-$r" sh -c "$(pipe 1 --no-tokens)"
  [ "$r" = 1 ] && { cmp "$out/run.csv" "$out/pipe.csv" || { echo "compare: run and the pipe differ" >&2; exit 1; }; }
  timed "run-notokens-2-$r" ./lexcorpus run -q --no-tokens --threads 2 --format csv -o "$out/run.csv" "$c"
  warm "$c"
  java -XX:+UseParallelGC -Duser.language=en -cp "$cp" lexcorpus.bench.JiebaBaseline "$c" 2> /dev/null > "$out/jieba-$r.txt"
  timed "run-tokens-1-$r" ./lexcorpus run -q --threads 1 --format csv -o "$out/run.csv" "$c"
  timed "pipe-tokens-1-$r" sh -c "$(pipe 1)"
  [ "$r" = 1 ] && { cmp "$out/run.csv" "$out/pipe.csv" || { echo "compare: run and the pipe differ (tokens)" >&2; exit 1; }; }
  timed "run-tokens-2-$r" ./lexcorpus run -q --threads 2 --format csv -o "$out/run.csv" "$c"
  echo "round $r done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done

# peak RSS: run (default threads) on about 50 MB and on about 1 GB of the same files
if [ "$BIG" != 0 ]; then
  corpus copies-125 125
  corpus copies-2500 2500
  for n in 125 2500; do
    c=$out/copies-$n
    timed "rss-$n" ./lexcorpus run -q --no-tokens --format csv -o "$out/rss.csv" "$c"
  done
fi

python3 - "$out" "$bytes" "$ROUNDS" "$BIG" <<'PY'
import re
import statistics
import sys
out, size, rounds, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] != "0"
mb = size / 1e6
def t(name):
    return float(open(f"{out}/{name}.time").read().split()[0])
def jieba(r):
    return float(re.search(r" ([0-9.]+) s,", open(f"{out}/jieba-{r}.txt").read()).group(1))
R = range(1, rounds + 1)
def med(f):
    xs = [f(r) for r in R]
    return statistics.median(xs), ", ".join(f"{x:.2f}" for x in xs)
print()
print("| run, MB/s by round | " + " | ".join(f"round {r}" for r in R) + " |")
print("|---|" + "---:|" * rounds)
for name, label in [("regex", "one-regex pass (start-up included)"), ("run-notokens-1", "run --no-tokens, 1 thread"),
                    ("pipe-notokens-1", "pipe --no-tokens, 1 thread"), ("run-notokens-2", "run --no-tokens, 2 threads"),
                    ("run-tokens-1", "run with tokens, 1 thread"), ("pipe-tokens-1", "pipe with tokens, 1 thread"),
                    ("run-tokens-2", "run with tokens, 2 threads")]:
    print(f"| {label} | " + " | ".join(f"{mb / t(f'{name}-{r}'):.1f}" for r in R) + " |")
print("| jieba-analysis alone (process, SEARCH; load excluded) | " + " | ".join(f"{mb / jieba(r):.1f}" for r in R) + " |")
print()
print("ratios, each from one round's runs (median; each round):")
rows = [
    ("run --no-tokens, 1 thread / one-regex pass", lambda r: t(f"regex-{r}") / t(f"run-notokens-1-{r}")),
    ("run --no-tokens, 2 threads / one-regex pass", lambda r: t(f"regex-{r}") / t(f"run-notokens-2-{r}")),
    ("run --no-tokens / the pipe, 1 thread", lambda r: t(f"pipe-notokens-1-{r}") / t(f"run-notokens-1-{r}")),
    ("run with tokens / the pipe, 1 thread", lambda r: t(f"pipe-tokens-1-{r}") / t(f"run-tokens-1-{r}")),
    ("run with tokens, 1 thread / jieba alone", lambda r: jieba(r) / t(f"run-tokens-1-{r}")),
    ("run --no-tokens: 2 threads / 1 thread", lambda r: t(f"run-notokens-1-{r}") / t(f"run-notokens-2-{r}")),
    ("run with tokens: 2 threads / 1 thread", lambda r: t(f"run-tokens-1-{r}") / t(f"run-tokens-2-{r}")),
]
for label, f in rows:
    m, each = med(f)
    print(f"- {label}: {m:.2f}x ({each})")
def rss(name):
    return int(open(f"{out}/{name}.time").read().split()[1]) // 1024
print(f"- peak RSS MB, 1 thread, no tokens / tokens: run {rss('run-notokens-1-1')} / {rss('run-tokens-1-1')}")
if big:
    small, large = rss("rss-125"), rss("rss-2500")
    print(f"- peak RSS of run --no-tokens (2 threads): {small} MB on 50 MB, {large} MB on 1 GB: {large / small:.2f}x")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
