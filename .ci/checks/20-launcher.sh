#!/usr/bin/env bash
# the launcher run from another directory: its class-data archives load (-Xshare:on fails otherwise), -q keeps stderr empty
o=$OUT/20-launcher
here=$(pwd)
for c in ingest extract export run; do
  [ -f "target/cds/$c.jsa" ] || { echo "ci: mvn package wrote no class-data archive for $c" >&2; exit 1; }
done
(cd "$o" && LEXCORPUS_JAVA_OPTS="-XX:+UseParallelGC -Xshare:on" "$here/lexcorpus" ingest -q "$here/samples" 2> err-ingest \
  | LEXCORPUS_JAVA_OPTS="-XX:+UseParallelGC -Xshare:on" "$here/lexcorpus" extract -q 2> err-extract \
  | LEXCORPUS_JAVA_OPTS="-XX:+UseSerialGC -Xshare:on" "$here/lexcorpus" export -q > elsewhere.jsonl 2> err-export)
(cd "$o" && "$here/lexcorpus" ingest -q "$here/samples" 2>> err-ingest | "$here/lexcorpus" extract -q 2>> err-extract \
  | "$here/lexcorpus" export -q > /dev/null 2>> err-export)
cat "$o"/err-* >&2
[ -s "$o/elsewhere.jsonl" ] && ! [ -s "$o/err-ingest" ] && ! [ -s "$o/err-extract" ] && ! [ -s "$o/err-export" ] \
  || { echo "ci: the launcher run from another directory failed or wrote to stderr" >&2; exit 1; }
