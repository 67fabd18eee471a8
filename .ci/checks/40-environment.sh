#!/usr/bin/env bash
# the jar and the launcher under cron's environment (env -i, the POSIX locale): Chinese names read, a heap size without its unit named
o=$OUT/40-environment
here=$(pwd)
mkdir -p "$o/判决书"
cp samples/judgment-excerpt.txt "$o/判决书/甲.txt"
cp samples/judgment-excerpt.txt "$o/判决书/乙.txt"
java=$(command -v java)
for how in launcher jar; do
  if [ $how = launcher ]; then
    env -i LC_ALL=C PATH="$(dirname "$java"):/usr/bin:/bin" "$here/lexcorpus" ingest -q --no-tokens "$o/判决书" > "$o/$how.jsonl" 2> "$o/$how.err" || true
  else
    env -i LC_ALL=C "$java" -jar "$here/target/lexcorpus.jar" ingest -q --no-tokens "$o/判决书" > "$o/$how.jsonl" 2> "$o/$how.err" || true
  fi
  ids=$(grep -o '"id":"[^"]*"' "$o/$how.jsonl" | tr '\n' ' ')
  [ "$ids" = '"id":"乙.txt" "id":"甲.txt" ' ] && ! [ -s "$o/$how.err" ] \
    || { cat "$o/$how.err" >&2; echo "ci: $how under LC_ALL=C did not read the Chinese names (got: $ids)" >&2; exit 1; }
done
if LEXCORPUS_HEAP=512 "$here/lexcorpus" ingest -q samples > /dev/null 2> "$o/heap.err"; then
  echo "ci: LEXCORPUS_HEAP=512 was taken" >&2; exit 1
fi
grep -q "LEXCORPUS_HEAP=512 is not a heap size" "$o/heap.err" || { cat "$o/heap.err" >&2; echo "ci: LEXCORPUS_HEAP=512 not named" >&2; exit 1; }
