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
list() { # list COMMAND OUTPUT ARGS…: adds the classes one run of a command loads to the command's class list
  command=$1 out=$2
  shift 2
  java -Xint -XX:DumpLoadedClassList="$dir/$command.run.classlist" -Xlog:disable -Xlog:all=error:stderr -Duser.language=en \
      -Dfile.encoding=UTF-8 -jar "$jar" "$command" -q "$@" > "$out" 2>> "$dir/$command.log" \
    && cat "$dir/$command.run.classlist" >> "$dir/$command.classlist"
}
dump() { # dump COMMAND: archives the classes listed for a command (each once)
  awk '!seen[$0]++' "$dir/$1.classlist" > "$dir/$1.once.classlist" \
    && java -Xshare:dump -XX:SharedClassListFile="$dir/$1.once.classlist" -XX:SharedArchiveFile="$dir/$1.jsa" \
      -Xlog:disable -Xlog:all=error:stderr -cp "$jar" > /dev/null 2>> "$dir/$1.log"
}
failed() { # failed COMMAND: says so, and leaves no archive
  echo "lexcorpus: no class-data archive for $1 (see $dir/$1.log); it runs without" >&2
  rm -f "$dir/$1.jsa"
}
# ingest and extract also run on a corpus: a first run, and an unchanged re-run (what a nightly job mostly does)
{ list ingest "$dir/documents.jsonl" --no-tokens samples && list ingest /dev/null --no-tokens --corpus "$dir/corpus" samples \
  && list ingest /dev/null --no-tokens --corpus "$dir/corpus" samples && dump ingest; } || failed ingest
{ list extract "$dir/extracted.jsonl" "$dir/documents.jsonl" && list extract /dev/null --corpus "$dir/corpus" && dump extract; } || failed extract
{ list export /dev/null --format csv "$dir/extracted.jsonl" && dump export; } || failed export
{ list run /dev/null --no-tokens --format csv samples && dump run; } || failed run
rm -f "$dir"/*.classlist
rm -rf "$dir"/*.jsonl "$dir/corpus"
for log in "$dir"/*.log; do [ -s "$log" ] || rm -f "$log"; done
exit 0
