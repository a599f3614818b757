#!/usr/bin/env bash
# Live heap per signed-in session on the workout page, measured from outside.
#
#   src/gatling/heap-per-session.sh <app pid> <sessions>...      e.g. ... 12345 500 2000
#
# The app must run with the load profile (accounts load-1..N, routine load-test). For each count, in
# increasing order, Gatling (OpenSessionsSimulation) opens the sessions still missing and keeps them open;
# once the app holds that many more WorkoutView instances, two full GCs (jcmd GC.run) and a class histogram
# give the live heap (the bytes of its live objects), saved in $OUT. The first line is the heap with no session
# open by this script. Extra Gatling settings go in GATLING_OPTS (e.g. "-Dbase=http://127.0.0.1:8384
# -Dramp=120 -Dstarted=true"); OUT names another folder than target/heap.
set -euo pipefail
pid=$1; shift
out=${OUT:-target/heap}
mkdir -p "$out"; rm -f "$out/stop"
jvm() { jcmd "$pid" "$@"; }
# two full GCs, then the live objects' bytes from a class histogram (itself taken after a full GC), kept
# as target/heap/histogram-<sessions>.txt; GC.heap_info goes beside it
live_kib() {
  jvm GC.run >/dev/null; jvm GC.run >/dev/null
  jvm GC.heap_info > "$out/heap-info-$1.txt"
  jvm GC.class_histogram > "$out/histogram-$1.txt"
  awk '/^Total/ {print int($3 / 1024)}' "$out/histogram-$1.txt"
}
views() { jvm GC.class_histogram | awk '$4 == "app.backcoach.workout.ui.WorkoutView" {print $2}' | head -1; }

base=$(live_kib 0); views0=$(views); views0=${views0:-0}
echo "sessions=0 views=$views0 live_heap_kib=$base"
opened=0; gatlings=()
for target in "$@"; do
  setsid ./mvnw -q -Pload gatling:test -Dgatling.simulationClass=app.backcoach.load.OpenSessionsSimulation \
      -DstopFile="$out/stop" -Dfirst=$((opened + 1)) -Dsessions=$((target - opened)) ${GATLING_OPTS:-} > "$out/gatling-$target.log" 2>&1 &
  gatlings+=($!)
  opened=$target
  for _ in $(seq 1 120); do            # at most 60 min for the sessions to open
    sleep 30
    have=$(views); have=${have:-0}
    [ "$((have - views0))" -ge "$target" ] && break
  done
  kib=$(live_kib "$target")
  echo "sessions=$target views=$((have - views0)) live_heap_kib=$kib per_session_kib=$(( (kib - base) / target ))"
done
touch "$out/stop"
for g in "${gatlings[@]}"; do wait "$g" || true; done
