#!/usr/bin/env bash
# The full load test of docs/benchmarks.md, start to end, on a 2-core machine:
#
#   src/gatling/full-run.sh <label> [jar] [JVM options...]      e.g. ... today target/backcoach-0.1.0-SNAPSHOT.jar -Xmx2g
#
# Starts the jar (default: the packaged one) with the load profile on a fresh ./data-load, pinned to core 0,
# with a GC log; waits for its test accounts; warms it up (100 workout users of load-test and 10 browsing
# for 60-90 s); then runs the measured stage pinned to core 1 (2,000 workout users of load-session and 100
# browsing, arriving over 60 s, staying 300-600 s). Prints Gatling's figures, the app's CPU during the
# stage and the collector's pauses; keeps the app's log, the GC log and the figures in target/load/<label>.
# Stage settings can be changed through STAGE (e.g. STAGE="-Dworkouts=20 -Dbrowsers=2 -DstayMin=30
# -DstayMax=40" for a quick try). Extra Maven options (e.g. "-o -Dnetty.version=4.2.17.Final" where the
# package mirror lacks a Netty jar) go in MAVEN_OPTS_EXTRA.
set -euo pipefail
label=$1; shift
jar=${1:-target/backcoach-0.1.0-SNAPSHOT.jar}; shift || true
out=target/load/$label
mkdir -p "$out"
port=${PORT:-8383}
stage=${STAGE:-"-Dworkouts=2000 -Dbrowsers=100 -Dramp=60 -DstayMin=300 -DstayMax=600 -Droutine=load-session"}
rm -rf data-load

taskset -c 0 java "$@" -Xlog:gc*=info:file="$out/gc.log":uptime -jar "$jar" \
    --spring.profiles.active=load --server.port="$port" > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until grep -q "test accounts ready" "$out/app.log"; do
  kill -0 $app 2>/dev/null || { echo "the app stopped: see $out/app.log"; exit 1; }
  sleep 5
done

# Gatling pinned to one core must still believe it has two, or its start times out
gatling() {
  JAVA_TOOL_OPTIONS=-XX:ActiveProcessorCount=2 taskset -c 1 ./mvnw -B ${MAVEN_OPTS_EXTRA:-} -Pload gatling:test \
      -Dbase=http://127.0.0.1:$port "$@"
}
cpu() { awk '{print $14 + $15}' /proc/$app/stat; }     # user + system, in clock ticks
started_at() { awk '{print $22}' /proc/$app/stat; }      # the app's start, in clock ticks since boot

# the warm-up's own figures are not kept: a fresh JVM compiles as it goes
gatling -Dworkouts=100 -Dbrowsers=10 -Dramp=20 -DstayMin=60 -DstayMax=90 -Droutine=load-test \
    > "$out/warm-up.log" 2>&1 || true

ticks=$(getconf CLK_TCK)
age() { echo $(( $(awk '{print int($1)}' /proc/uptime) - $(started_at) / ticks )); }   # seconds the app has run
start=$(age)
cpu0=$(cpu)
gatling $stage > "$out/stage.log" 2>&1 || true          # a missed target fails Gatling's assertions
cpu1=$(cpu)
end=$(age)

python3 src/gatling/figures.py | tee "$out/figures.md"
grep -E "actual :" "$out/stage.log" | tee -a "$out/figures.md"
echo "app CPU during the stage: $(( (cpu1 - cpu0) / ticks )) s in $(( end - start )) s" | tee -a "$out/figures.md"
python3 src/gatling/gc-pauses.py "$out/gc.log" "$start" "$end" | tee -a "$out/figures.md"
