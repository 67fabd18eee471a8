#!/usr/bin/env bash
# the pipe and the corpus give the same entities over ../shared/corpus
# Each check runs from the repository root with $SHARED (../shared) and $OUT (a scratch folder) set.
o=$OUT/10-pipe
./lexcorpus ingest -q "$SHARED/corpus" | ./lexcorpus extract -q | ./lexcorpus export -q --format jsonl > "$o/pipe.jsonl"
./lexcorpus ingest -q "$SHARED/corpus" --corpus "$o/work"
./lexcorpus extract -q --corpus "$o/work"
./lexcorpus export -q --corpus "$o/work" --format jsonl > "$o/corpus.jsonl"
cmp "$o/pipe.jsonl" "$o/corpus.jsonl" || { echo "ci: the pipe and the corpus give different entities" >&2; exit 1; }
