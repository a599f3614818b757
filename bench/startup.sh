#!/usr/bin/env bash
# Start-up time of the packaged app, three ways in one run, each on a fresh data folder: plain `java -jar`,
# the extracted jar (Spring Boot's `extract`), and the extracted jar with a JDK AOT cache (JDK 24+,
# `-XX:AOTCache`, made by a training run that stops after the context refresh). The time is from launch to
# the first 200 of /actuator/health. Prints one line per way and the ratio to plain `java -jar`.
# A jar built with `./mvnw -Paot package` also carries Spring's build-time bean definitions: then a fourth
# way is measured, the extracted jar with its own AOT cache and `-Dspring.aot.enabled=true`.
#
#   bench/startup.sh target/backcoach-0.1.0-SNAPSHOT.jar [port] [runs]      (JAVA_HOME: JDK 25)
#
# Set CPUS (e.g. "taskset -c 0") to pin the app; everything is written under target/startup/.
set -euo pipefail
jar=$(realpath "$1"); port=${2:-8384}; runs=${3:-1}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$(realpath -m target/startup); rm -rf "$out"; mkdir -p "$out"
cd "$out"

"$java" -Djarmode=tools -jar "$jar" extract --destination extracted > /dev/null
app=$(ls extracted/*.jar)
spring_aot=""
# the app's own H2 settings, on a database folder of the benchmark's
h2_url() { echo "jdbc:h2:file:$1/backcoach;WRITE_DELAY=0;REUSE_SPACE=FALSE;DEFRAG_ALWAYS=TRUE"; }
if unzip -l "$jar" | grep 'Application__ApplicationContextInitializer.class' > /dev/null; then spring_aot=yes; fi
# training run: records the classes loaded and linked, and the methods' profiles. By default it stops once
# the context is refreshed (before the web server starts), as the README's training run does; with
# TRAINING=serve it runs until the app answers, serves the sign-in page three times and the health check,
# and is then stopped (the cache is written as it exits)
train() {
  local cache=$1; shift
  if [ "${TRAINING:-refresh}" = refresh ]; then
    "$java" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh "$@" -jar "$app" --server.port="$port" \
        --spring.datasource.url="$(h2_url "$out/train-$cache")" > "training-$cache.log" 2>&1
  else
    "$java" -XX:AOTCacheOutput="$cache" "$@" -jar "$app" --server.port="$port" \
        --spring.datasource.url="$(h2_url "$out/train-$cache")" > "training-$cache.log" 2>&1 &
    local trainee=$!
    for _ in $(seq 1 6000); do
      if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; then break; fi
      sleep 0.05
    done
    for _ in 1 2 3; do curl -sf -o /dev/null "http://127.0.0.1:$port/login"; done
    kill "$trainee"; wait "$trainee" 2>/dev/null || true
  fi
}
train app.aot
if [ -n "$spring_aot" ]; then train spring.aot -Dspring.aot.enabled=true; fi

# seconds from launch to the first answer of the health check (at most 300 s), then stops the app
time_to_health() {
  local name=$1; shift
  local data="$out/data-$name-$RANDOM"
  local start=$(date +%s%N)
  ${CPUS:-} "$java" "$@" --server.port="$port" --spring.datasource.url="$(h2_url "$data")" \
      > "$out/$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; then break; fi
    sleep 0.05
  done
  local end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "scale=2; ($end - $start) / 1000000000" | bc
}

for run in $(seq 1 "$runs"); do
  plain=$(time_to_health plain -jar "$jar")
  extracted=$(time_to_health extracted -jar "$app")
  aot=$(time_to_health aot -XX:AOTCache=app.aot -jar "$app")
  line="run $run: java -jar ${plain} s; extracted ${extracted} s ($(echo "scale=2; $extracted / $plain" | bc)x);"
  line="$line extracted + AOT cache ${aot} s ($(echo "scale=2; $aot / $plain" | bc)x)"
  if [ -n "$spring_aot" ]; then
    both=$(time_to_health spring-aot -XX:AOTCache=spring.aot -Dspring.aot.enabled=true -jar "$app")
    line="$line; + Spring AOT ${both} s ($(echo "scale=2; $both / $plain" | bc)x)"
  fi
  echo "$line"
done
