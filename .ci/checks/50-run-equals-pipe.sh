#!/usr/bin/env bash
# lexcorpus run writes the same bytes as ingest | extract | export over every set of ../shared, on 1 and 2 threads
# Each check runs from the repository root with $SHARED (../shared) and $OUT (a scratch folder) set.
o=$OUT/50-run-equals-pipe
compared=0
# same SET "INGEST OPTIONS" "EXTRACT OPTIONS" "EXPORT OPTIONS": the pipe once, run on 1 and 2 threads, compared byte for byte
same() {
  local set=$1 ingest=$2 extract=$3 export=$4 name
  name=$(basename "$(dirname "$set")")-$(basename "$set")-$compared
  # shellcheck disable=SC2086 # the options are words of their own
  ./lexcorpus ingest -q $ingest "$set" | ./lexcorpus extract -q $extract | ./lexcorpus export -q $export > "$o/$name.pipe"
  for t in 1 2; do
    # shellcheck disable=SC2086
    ./lexcorpus run -q --threads $t $ingest $extract $export "$set" > "$o/$name.run$t"
    cmp "$o/$name.pipe" "$o/$name.run$t" \
      || { echo "ci: run --threads $t $ingest $extract $export $set differs from the pipe" >&2; exit 1; }
  done
  [ -s "$o/$name.pipe" ] || { echo "ci: the pipe wrote nothing for $set ($ingest $extract $export)" >&2; exit 1; }
  compared=$((compared + 1))
}
for set in "$SHARED/corpus" "$SHARED/judgments/corpus" "$SHARED/issue-files/corpus"; do
  same "$set" "--no-tokens" "" "--format jsonl"
  same "$set" "--no-tokens" "--types statute,case_number" "--format csv --excel"
done
# with tokens, and record kinds other than entities, on the largest set only (word segmentation is the slow part)
same "$SHARED/judgments/corpus" "" "" "--what documents --format csv"
same "$SHARED/corpus" "--no-tokens" "" "--what articles --format json"
same "$SHARED/issue-files/corpus" "" "" "--what tokens --format jsonl"
echo "ci: run and the pipe wrote the same bytes in $compared comparisons, on 1 and 2 threads"
