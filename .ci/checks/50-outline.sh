#!/usr/bin/env bash
# the outline of the six shared issue files: headings, levels, articles and masthead at or above their bars
# Bars (score_structure.py, all six documents together): heading F1, share of matched headings at the right
# level, article F1 and masthead fields right, each at least 0.90.
o=$OUT/50-outline
mkdir -p "$o/in"
cp "$SHARED"/corpus/00[024]_*.txt "$SHARED"/issue-files/corpus/*.txt "$o/in/"
./lexcorpus ingest -q --no-tokens "$o/in" > "$o/docs.jsonl"
for w in documents articles headings; do
  ./lexcorpus export -q --what $w --format jsonl "$o/docs.jsonl" > "$o/$w.jsonl"
done
gold=("$SHARED"/gold/structure/*.json "$SHARED"/gold/outline/*.json "$SHARED"/issue-files/structure/*.json)
python3 "$SHARED/tools/score_structure.py" --gold "${gold[@]}" --pred "$o/documents.jsonl" "$o/articles.jsonl" "$o/headings.jsonl"
python3 "$SHARED/tools/score_structure.py" --gold "${gold[@]}" --pred "$o/documents.jsonl" "$o/articles.jsonl" "$o/headings.jsonl" --json > "$o/score.json"
python3 - "$o/score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["ALL"]
bars = {"heading_f1": 0.90, "heading_level": 0.90, "article_f1": 0.90, "metadata": 0.90}
low = [f"{k} {s[k]:.3f} < {b}" for k, b in bars.items() if s[k] < b]
if low:
    print("ci: outline below the bar: " + "; ".join(low), file=sys.stderr)
    sys.exit(1)
print("ci: outline: " + ", ".join(f"{k} {s[k]:.3f}" for k in bars))
PY
