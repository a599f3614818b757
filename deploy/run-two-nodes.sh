#!/usr/bin/env bash
# Two BackCoach nodes on one PostgreSQL behind HAProxy (README, "Two nodes"; decision 18).
#   deploy/run-two-nodes.sh start   PostgreSQL, node1 and node2, then the proxy; returns when all answer
#   deploy/run-two-nodes.sh stop    stops the proxy and both nodes (PostgreSQL keeps running)
# Settings (environment):
#   BACKCOACH_PROXY_ADDRESS (127.0.0.1; 0.0.0.0 to listen on every interface), BACKCOACH_PROXY_PORT (8080), BACKCOACH_NODE1_PORT (8081), BACKCOACH_NODE2_PORT (8082)
#   BACKCOACH_PROFILES   Spring profiles of the nodes (postgres); must include postgres
#   BACKCOACH_NODE_ARGS  more arguments for both nodes, e.g. --spring.datasource.url=...
#   BACKCOACH_RUN_DIR    where logs and process ids go (deploy/run)
# Installs HAProxy with apt when it is missing; builds the jar with ./mvnw when target/ has none. Needs root
# for PostgreSQL (deploy/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

proxy_port=${BACKCOACH_PROXY_PORT:-8080}
node1_port=${BACKCOACH_NODE1_PORT:-8081}
node2_port=${BACKCOACH_NODE2_PORT:-8082}
profiles=${BACKCOACH_PROFILES:-postgres}
run=${BACKCOACH_RUN_DIR:-deploy/run}
mkdir -p "$run"

stop_pid() { # file
  if [ -f "$1" ]; then
    kill "$(cat "$1")" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$(cat "$1")" 2>/dev/null || break; sleep 0.5; done # graceful stop
    kill -9 "$(cat "$1")" 2>/dev/null || true
    rm -f "$1"
  fi
}

wait_for() { # url, what
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5 # the node is starting
  done
  echo "run-two-nodes.sh: $2 did not answer at $1; see $run" >&2
  return 1
}

case "${1:-}" in
  start)
    if ! command -v haproxy >/dev/null 2>&1; then
      echo "run-two-nodes.sh: installing HAProxy with apt" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    fi
    if ! command -v curl >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
    fi
    deploy/postgres.sh start
    jar=$(ls target/*-SNAPSHOT.jar 2>/dev/null | head -n 1 || true)
    if [ -z "$jar" ]; then
      ./mvnw -q -B -DskipTests package
      jar=$(ls target/*-SNAPSHOT.jar | head -n 1)
    fi
    java=${JAVA_HOME:+$JAVA_HOME/bin/}java
    read -r -a extra <<< "${BACKCOACH_NODE_ARGS:-}"
    for node in 1 2; do
      port=$([ "$node" = 1 ] && echo "$node1_port" || echo "$node2_port")
      stop_pid "$run/node$node.pid"
      nohup "$java" -jar "$jar" --server.port="$port" --spring.profiles.active="$profiles" \
        "${extra[@]}" > "$run/node$node.log" 2>&1 &
      echo $! > "$run/node$node.pid"
    done
    wait_for "http://127.0.0.1:$node1_port/actuator/health/readiness" node1
    wait_for "http://127.0.0.1:$node2_port/actuator/health/readiness" node2
    stop_pid "$run/haproxy.pid"
    BACKCOACH_PROXY_BIND="${BACKCOACH_PROXY_ADDRESS:-127.0.0.1}:$proxy_port" BACKCOACH_NODE1_PORT=$node1_port BACKCOACH_NODE2_PORT=$node2_port \
      nohup haproxy -db -f deploy/haproxy.cfg > "$run/haproxy.log" 2>&1 &
    echo $! > "$run/haproxy.pid"
    wait_for "http://127.0.0.1:$proxy_port/actuator/health" "the proxy"
    echo "run-two-nodes.sh: BackCoach on http://localhost:$proxy_port (node1 :$node1_port, node2 :$node2_port)"
    ;;
  stop)
    stop_pid "$run/haproxy.pid"
    stop_pid "$run/node1.pid"
    stop_pid "$run/node2.pid"
    echo "run-two-nodes.sh: stopped"
    ;;
  *)
    echo "usage: deploy/run-two-nodes.sh start|stop" >&2
    exit 2
    ;;
esac
