#!/usr/bin/env bash
# entity scores on every shared set, each type at or above its bar
# Bars: .ci/checks/entity-bars.tsv (set, type, lowest full F1). A set's entities come from the pipe over its corpus.
o=$OUT/30-entity-scores
fail=0
for set in $(grep -v '^#' .ci/checks/entity-bars.tsv | cut -f1 | sort -u); do
  case $set in
    corpus) dir=$SHARED/corpus; gold=$SHARED/gold ;;
    *) dir=$SHARED/$set/corpus; gold=$SHARED/$set/gold ;;
  esac
  ./lexcorpus ingest -q --no-tokens "$dir" | ./lexcorpus extract -q | ./lexcorpus export -q --format jsonl > "$o/$set.jsonl"
  echo "-- $set"
  python3 "$SHARED/tools/score.py" --gold "$gold"/*.jsonl --pred "$o/$set.jsonl" --types date,money,statute,case_number,document_number
  python3 "$SHARED/tools/score.py" --gold "$gold"/*.jsonl --pred "$o/$set.jsonl" --types date,money,statute,case_number,document_number --json > "$o/$set.score.json"
  python3 - "$o/$set.score.json" "$set" <<'PY' || fail=1
import json, sys
report, name = json.load(open(sys.argv[1])), sys.argv[2]
bars = [l.rstrip("\n").split("\t") for l in open(".ci/checks/entity-bars.tsv", encoding="utf-8") if l.strip() and not l.startswith("#")]
low = [f"{t} full F1 {report[t]['full_f1']:.3f} < {b}" for s, t, b in bars if s == name and report[t]["full_f1"] < float(b)]
if low:
    print(f"ci: {name}: below the bar: " + "; ".join(low), file=sys.stderr)
    sys.exit(1)
print(f"ci: {name}: every type at or above its bar")
PY
done
exit $fail
