# Shared by the pair benchmarks (source it from the repository's top folder).

# Builds the jar of git revision $1 once, into target/bench/rev-<short>; prints that folder.
build_rev() {
  local rev old
  rev=$(git rev-parse --short "$1")
  old=target/bench/rev-$rev
  if [ ! -f "$old/target/lexcorpus.jar" ]; then
    rm -rf "$old" && mkdir -p "$old"
    git archive "$rev" | tar -x -C "$old"
    (cd "$old" && mvn -B -q -DskipTests package >&2)
  fi
  echo "$old"
}

# Builds the working tree's jar and test classes; prints the class path of the benchmarks.
build_tree() {
  mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
  mvn -B -q -DskipTests test-compile >&2
  echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
}

# One line on the machine, the two builds and the load: $1 the revision before.
machine_line() {
  echo "$(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); before: $(git rev-parse --short "$1"), after: the working tree $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo +changes); load:$(uptime | sed 's/.*load average://')"
}
