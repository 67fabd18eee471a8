#!/usr/bin/env bash
# the HTML report in headless Chromium: samples/ and ../shared/judgments, every document opened, no request out
# Debian's chromium is driven by playwright-core from npm (which fetches no browser of its own); both are
# installed here when missing. REPORT_SCREENSHOTS=DIR writes the screenshots of docs/report.md into DIR
# (DIR/report.png: a document of samples/; DIR/report-overview.png: the overview of the judgments).
o=$OUT/60-report
shots=${REPORT_SCREENSHOTS:-$o}
need=()
command -v chromium > /dev/null || need+=(chromium)
{ command -v node > /dev/null && command -v npm > /dev/null; } || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "ci: ${need[*]} missing (apt-get install ${need[*]})" >&2; exit 1; }
  apt-get update -q > "$o/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >> "$o/apt.log" 2>&1 \
    || { tail -20 "$o/apt.log" >&2; echo "ci: cannot install ${need[*]}" >&2; exit 1; }
fi
npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$o/node" playwright-core@1.65.1 > "$o/npm.log" 2>&1 \
  || { tail -20 "$o/npm.log" >&2; echo "ci: cannot install playwright-core" >&2; exit 1; }
export NODE_PATH="$o/node/node_modules" CHROMIUM
CHROMIUM=$(command -v chromium)
for set in samples judgments; do
  case $set in
    samples) src=samples; shot=(--shot "$shots/report.png" --doc judgment-excerpt.txt) ;;
    judgments) src=$SHARED/judgments/corpus; shot=(--overview "$shots/report-overview.png") ;;
  esac
  [ -n "${REPORT_SCREENSHOTS:-}" ] || shot=()
  ./lexcorpus ingest -q --no-tokens "$src" | ./lexcorpus extract -q > "$o/$set.jsonl"
  ./lexcorpus export -q --format jsonl "$o/$set.jsonl" > "$o/$set-entities.jsonl"
  start=$(date +%s%N)
  ./lexcorpus report -q "$o/$set.jsonl" -o "$o/$set.html" --title "$set"
  echo "report of $set: $(wc -c < "$o/$set.html") bytes, written in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  node src/test/browser/check-report.cjs "$o/$set.html" "$o/$set-entities.jsonl" "${shot[@]}"
done
