#!/usr/bin/env bash
# Whole-chain benchmark: generates a corpus of N MB from samples/ (and ../shared/corpus when present),
# then times ingest (with and without tokens), extract, export and the whole chain on 1 and 2 threads,
# with the peak RSS of each process, and jieba-analysis by itself as the baseline for tokens.
# With BIG_MB, the corpus also holds one file of that size (the same texts one after another), read in parts.
# The machine's speed drifts between runs minutes apart, so each ratio the targets speak of comes from pairs
# run back to back, ROUNDS times (default 2), and is given as the median of the pairs: jieba alone against
# the chain with tokens, and each stage on 1 thread against the same stage on 2 threads. Before each timed
# run its input is read once, so that every run finds it in the page cache (the kernel may have dropped it).
#   Usage: src/bench/chain.sh [MB=50] [HEAP=512m] [BIG_MB=0]   (results in target/bench/, a table on stdout)
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${1:-50}
HEAP=${2:-512m}
BIG=${3:-0}
out=target/bench
mkdir -p "$out"
[ -f target/lexcorpus.jar ] || mvn -B -q -DskipTests package
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

corpus="$out/corpus-${MB}mb"
[ "$BIG" -gt 0 ] && corpus="$out/corpus-${MB}mb-big${BIG}"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  sources=(samples/*.txt samples/*/*.txt)
  [ -d ../shared/corpus ] && sources+=(../shared/corpus/*.txt)
  i=0
  while [ "$(du -sm "$corpus" | cut -f1)" -lt "$MB" ]; do
    for f in "${sources[@]}"; do
      i=$((i + 1))
      d="$corpus/$((i / 1000))"
      mkdir -p "$d"
      cp "$f" "$d/$(printf %07d $i)-$(basename "$f")"
    done
  done
  if [ "$BIG" -gt 0 ]; then
    utf8=(samples/*.txt)  # not the GB18030 sample: one file has one encoding
    [ -d ../shared/corpus ] && utf8+=(../shared/corpus/*.txt)
    : > "$corpus/big.txt"
    while [ "$(du -sm "$corpus/big.txt" | cut -f1)" -lt "$BIG" ]; do
      for k in 1 2 3 4 5 6 7 8 9 10; do cat "${utf8[@]}" >> "$corpus/big.txt"; done
    done
  fi
fi
bytes=$(du -sb "$corpus" | cut -f1)
mb() { python3 -c "print(f'{$bytes/1e6/$1:.1f}')"; }
export LEXCORPUS_HEAP=$HEAP
jar=./lexcorpus  # the launcher, with its JVM options

# run NAME CMD…: wall seconds and peak RSS (MB) of one command
run() {
  local name=$1; shift
  warm
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@"
  read -r secs rss < "$out/$name.time"
  printf "| %-34s | %8s | %8s | %8s |\n" "$name" "$secs" "$(mb "$secs")" "$((rss / 1024))"
}

# reads the corpus and the records into the page cache
warm() {
  find "$corpus" -type f -exec cat {} + > /dev/null
  cat "$out/docs.jsonl" "$out/extracted.jsonl" > /dev/null 2>&1 || true
}

echo "corpus: $corpus, $((bytes / 1000000)) MB in $(find "$corpus" -type f | wc -l) files; heap -Xmx$HEAP; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "| run | seconds | MB/s | peak RSS MB |"
echo "|---|---:|---:|---:|"
# jieba alone, with the JVM options the launcher gives ingest (dictionary load excluded)
jieba() {
  warm
  java -Xmx"$HEAP" -XX:+UseParallelGC -Duser.language=en -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    lexcorpus.bench.JiebaBaseline "$corpus" > "$out/jieba.txt" 2>/dev/null
  local secs
  secs=$(sed -E 's/.* ([0-9.]+) s,.*/\1/' "$out/jieba.txt")
  echo "$secs 0" > "$out/$1.time"
  printf "| %-34s | %8s | %8s | %8s |\n" "$1" "$secs" "$(mb "$secs")" "-"
}
$jar ingest -q --no-tokens --threads 1 "$corpus" > "$out/docs.jsonl"
$jar extract -q --threads 1 "$out/docs.jsonl" > "$out/extracted.jsonl"
ROUNDS=${ROUNDS:-2}
# one thread, then two, back to back, for each stage; the first round's runs are the table's
for r in $(seq "$ROUNDS"); do
  [ "$r" = 1 ] && suffix="" || suffix=", round $r"
  for t in 1 2; do run "ingest --no-tokens, $t thread(s)$suffix" sh -c "$jar ingest -q --no-tokens --threads $t '$corpus' > /dev/null"; done
  for t in 1 2; do run "ingest with tokens, $t thread(s)$suffix" sh -c "$jar ingest -q --threads $t '$corpus' > /dev/null"; done
  for t in 1 2; do run "extract, $t thread(s)$suffix" sh -c "$jar extract -q --threads $t '$out/docs.jsonl' > /dev/null"; done
  [ "$r" = 1 ] || continue
  run "export csv, 1 thread(s)" sh -c "$jar export -q --format csv '$out/extracted.jsonl' > /dev/null"
  for t in 1 2; do run "chain no tokens, $t thread(s)" sh -c "$jar ingest -q --no-tokens --threads $t '$corpus' | $jar extract -q --threads $t | $jar export -q > /dev/null"; done
  for t in 1 2; do run "chain with tokens, $t thread(s)" sh -c "$jar ingest -q --threads $t '$corpus' | $jar extract -q --threads $t | $jar export -q > /dev/null"; done
done
for r in $(seq "$ROUNDS"); do
  jieba "jieba alone, round $r"
  run "chain with tokens, round $r" sh -c "$jar ingest -q --threads 1 '$corpus' | $jar extract -q --threads 1 | $jar export -q > /dev/null"
done
for tokens in "--no-tokens" "--tokens"; do
  rm -rf "$out/work"
  flag=""  # tokens are the default
  [ "$tokens" = --no-tokens ] && flag=--no-tokens
  run "ingest --corpus $tokens, first run" sh -c "$jar ingest -q $flag '$corpus' --corpus '$out/work'"
  run "ingest --corpus $tokens, re-run" sh -c "$jar ingest -q $flag '$corpus' --corpus '$out/work'"
done

# the ratios the targets speak of, from the times above
python3 - "$out" "$bytes" "$ROUNDS" <<'PY'
import statistics
import sys
out, size, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t = lambda name: float(open(f"{out}/{name}.time").read().split()[0])
print()
print(f"- chain without tokens, 1 thread: {size / 1e6 / t('chain no tokens, 1 thread(s)'):.1f} MB/s")
pairs = [t(f"jieba alone, round {r}") / t(f"chain with tokens, round {r}") for r in range(1, rounds + 1)]
print("- chain with tokens against jieba alone, 1 thread, each round: " + ", ".join(f"{p:.2f}x" for p in pairs)
      + f"; median {statistics.median(pairs):.3f}x")
for stage in ("ingest --no-tokens", "ingest with tokens", "extract"):  # export has one worker
    suffixes = [""] + [f", round {r}" for r in range(2, rounds + 1)]
    ratios = [t(f"{stage}, 1 thread(s){s}") / t(f"{stage}, 2 thread(s){s}") for s in suffixes]
    print(f"- {stage}: 2 threads against one, each round: " + ", ".join(f"{p:.2f}x" for p in ratios)
          + f"; median {statistics.median(ratios):.2f}x")
for stage in ("chain no tokens", "chain with tokens"):  # one pair: the chain keeps both cores busy on one thread
    print(f"- {stage}: 2 threads {t(stage + ', 1 thread(s)') / t(stage + ', 2 thread(s)'):.2f}x one thread")
for tokens in ("--no-tokens", "--tokens"):
    first, again = t(f"ingest --corpus {tokens}, first run"), t(f"ingest --corpus {tokens}, re-run")
    print(f"- unchanged re-run {tokens}: {100 * again / first:.1f} % of the first run")
PY
