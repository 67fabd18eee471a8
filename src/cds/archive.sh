#!/usr/bin/env sh
# Writes the class-data archives the launcher uses, one per command, into target/cds/: each command runs once
# on samples/ and lists the classes it loads (and the lambda classes it generates); a static archive of them
# is then dumped, and later runs map those classes instead of loading, verifying and generating them again.
# Run by `mvn package` after the jar. Best effort: where the JVM cannot write an archive, none is left and the
# launcher runs without one.
# Static, not dynamic (-XX:ArchiveClassesAtExit): picocli's classes are Java 5 class files, which a JDK 17
# dynamic archive skips ("Pre JDK 6 class not supported by CDS"), so they were loaded and verified from the
# jar on every run; a static archive holds them.
# The listing runs are interpreted (-Xint), as the dynamic archives' runs had to be (a JDK 17 dynamic archive
# kept a method queued for compilation at exit as queued for ever, JDK-8306460): they load the same classes.
# Ingest runs without tokens here: loading jieba's dictionary takes half a minute interpreted, and its
# classes are few.
cd "$(dirname "$0")/../.." || exit 0
jar="$(pwd)/target/lexcorpus.jar" # absolute: the archive records the path, and the launcher gives it absolute
dir=target/cds
rm -rf "$dir"
mkdir -p "$dir" || exit 0
run() { # run COMMAND OUTPUT ARGS…: lists the classes one command loads, then archives them
  command=$1 out=$2
  shift 2
  { java -Xint -XX:DumpLoadedClassList="$dir/$command.classlist" -Xlog:disable -Xlog:all=error:stderr -Duser.language=en \
      -Dfile.encoding=UTF-8 -jar "$jar" "$command" -q "$@" > "$out" 2> "$dir/$command.log" \
    && java -Xshare:dump -XX:SharedClassListFile="$dir/$command.classlist" -XX:SharedArchiveFile="$dir/$command.jsa" \
      -Xlog:disable -Xlog:all=error:stderr -cp "$jar" > /dev/null 2>> "$dir/$command.log"; } \
    || { echo "lexcorpus: no class-data archive for $command (see $dir/$command.log); it runs without" >&2; rm -f "$dir/$command.jsa"; }
  rm -f "$dir/$command.classlist"
}
run ingest "$dir/documents.jsonl" --no-tokens samples
run extract "$dir/extracted.jsonl" "$dir/documents.jsonl"
run export /dev/null --format csv "$dir/extracted.jsonl"
run run /dev/null --no-tokens --format csv samples
rm -f "$dir"/*.jsonl
for log in "$dir"/*.log; do [ -s "$log" ] || rm -f "$log"; done
exit 0
