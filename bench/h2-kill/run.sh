#!/usr/bin/env bash
# The H2 kill harness (docs/reliability.md, "The crash drill, and what it found"): a child JVM writes small
# committed transactions over a pool of connections and prints each commit; the parent kills it with SIGKILL at
# a random moment, round after round on one file, and the next child checks every printed commit after the
# recovery. Usage:
#   bench/h2-kill/run.sh TAG ROUNDS 'url=;WRITE_DELAY=0;REUSE_SPACE=FALSE' [initRows=1500 killMax=3000 seed=1 ...]
# Results: target/h2-kill/results.txt (one line per run) and target/h2-kill/db-TAG/losses.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
tag=$1; rounds=$2; shift 2
version=$(sed -n '/<artifactId>h2<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p}' pom.xml)
jar=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar}
[ -f "$jar" ] || ./mvnw -q -B dependency:get -Dartifact=com.h2database:h2:"$version"
out=target/h2-kill
mkdir -p "$out/classes"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
"$javac" -d "$out/classes" -cp "$jar" bench/h2-kill/Harness.java bench/h2-kill/ChunkScan.java
rm -rf "$out/db-$tag"
cd "$out"
exec "$java" -Xmx256m -cp "$jar:classes" Harness parent tag="$tag" dir="$PWD/db-$tag" rounds="$rounds" "$@"
