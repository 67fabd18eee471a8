#!/usr/bin/env bash
# the peer projects' own test suites (../shared/peers), each at or above its bar
# Bars: .ci/checks/peer-bars.tsv (suite, lowest full F1), scored by ../shared/tools/peers_eval.py on target/lexcorpus.jar.
o=$OUT/40-peers
python3 "$SHARED/tools/peers_eval.py" --jar target/lexcorpus.jar --suites "$SHARED/peers" --show 10
python3 "$SHARED/tools/peers_eval.py" --jar target/lexcorpus.jar --suites "$SHARED/peers" --json > "$o/peers.json"
python3 - "$o/peers.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
bars = [l.rstrip("\n").split("\t") for l in open(".ci/checks/peer-bars.tsv", encoding="utf-8") if l.strip() and not l.startswith("#")]
low = []
for suite, bar in bars:
    if suite not in report:
        low.append(f"{suite} was not scored (its file is missing from the suites)")
    elif report[suite]["full_f1"] < float(bar):
        low.append(f"{suite} full F1 {report[suite]['full_f1']:.3f} < {bar}")
if not bars or low:
    print("ci: peers: below the bar: " + ("; ".join(low) or "no bars"), file=sys.stderr)
    sys.exit(1)
print("ci: peers: every suite at or above its bar")
PY
