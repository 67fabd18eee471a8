#!/usr/bin/env sh
# Writes the class-data archives the launcher uses, one per command, into target/cds/: each command runs once
# on samples/ with -XX:ArchiveClassesAtExit, and later runs map the classes it loaded (and the lambda classes
# it generated) instead of loading, verifying and generating them again. Run by `mvn package` after the jar.
# Best effort: where the JVM cannot write an archive, none is left and the launcher runs without one.
# The runs are interpreted (-Xint): a JDK 17 JVM archives a method that is queued for compilation at exit as
# still queued, and later runs never compile it (JDK-8306460, fixed in JDK 21). It hit jieba's dictionary
# lookup: ingest with tokens ran a third slower with the archive than without. Ingest runs without tokens
# here: loading jieba's dictionary takes half a minute interpreted, and its classes are few.
cd "$(dirname "$0")/../.." || exit 0
jar="$(pwd)/target/lexcorpus.jar" # absolute: the archive records the path, and the launcher gives it absolute
dir=target/cds
rm -rf "$dir"
mkdir -p "$dir" || exit 0
run() { # run COMMAND OUTPUT ARGS…: one command, its classes archived at its exit
  command=$1 out=$2
  shift 2
  java -Xint -XX:ArchiveClassesAtExit="$dir/$command.jsa" -Xlog:disable -Xlog:all=error:stderr -Duser.language=en \
    -Dfile.encoding=UTF-8 -jar "$jar" "$command" -q "$@" > "$out" 2> "$dir/$command.log" \
    || { echo "lexcorpus: no class-data archive for $command (see $dir/$command.log); it runs without" >&2; rm -f "$dir/$command.jsa"; }
}
run ingest "$dir/documents.jsonl" --no-tokens samples
run extract "$dir/extracted.jsonl" "$dir/documents.jsonl"
run export /dev/null --format csv "$dir/extracted.jsonl"
rm -f "$dir"/*.jsonl
for log in "$dir"/*.log; do [ -s "$log" ] || rm -f "$log"; done
exit 0
