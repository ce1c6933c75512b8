#!/usr/bin/env bash
# Gateway benchmark: the same request against the same upstream, in one run, three ways:
#   direct to the upstream, through the gateway (token check, role rule, rate limit, metrics, circuit breaker,
#   streaming) and through nginx as a plain reverse proxy. The upstream is nginx answering one JSON page from memory,
#   so that it is far faster than either proxy (its direct figure is printed first to show it).
# Prints for each: req/s at saturation, p50/p99, the latency each proxy adds over direct, and the CPU seconds each
# proxy process spent per 10,000 requests (utime + stime from /proc/<pid>/stat, all threads / worker processes).
#
# Fairness on a small machine: each proxy gets one core of its own (taskset -c $PROXY_CPU) and one event loop
# (nginx: worker_processes 1; gateway: quarkus.vertx.event-loops-pool-size=1, its JIT, GC and other threads on
# the same core); wrk and the upstream share the other core(s) (taskset -c $LOAD_CPUS). On one core nothing is
# pinned. The two proxies never run at the same time.
#
# Loopback only, bounded duration. Usage: gateway/bench/run.sh [seconds per target, default 10, max 60]
# Environment: CONNECTIONS (default 32), THREADS (wrk threads, default 1), WARMUP (seconds of load on the gateway
# before it is measured, default 60), PROFILE=<file.jfr> (JFR profile of the gateway during its measured run),
# GATEWAY_JAR (default: gateway/target/quarkus-app/quarkus-run.jar, built with the modules it needs when absent,
# so a fresh clone runs with this one command).
set -euo pipefail

DURATION=${1:-10}
if ! [[ "$DURATION" =~ ^[0-9]+$ ]] || (( DURATION < 1 || DURATION > 60 )); then
  echo "duration must be 1..60 seconds" >&2; exit 2
fi
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-60}
PROFILE=${PROFILE:-}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d -t gateway-bench.XXXXXX)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  echo "installing wrk and nginx (Debian packages)…"
  apt-get install -y -qq wrk nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

CORES=$(nproc)
if (( CORES >= 2 )); then
  PROXY_CPU=$((CORES - 1)); LOAD_CPUS=0-$((CORES - 2))
  ON_PROXY_CORE=(taskset -c "$PROXY_CPU"); ON_LOAD_CORES=(taskset -c "$LOAD_CPUS")
  LAYOUT="proxy under test on core $PROXY_CPU, wrk and the upstream on core(s) $LOAD_CPUS (taskset)"
else
  ON_PROXY_CORE=(); ON_LOAD_CORES=()
  LAYOUT="one core: nothing pinned"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
await_http() { # url, what
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not come up at $1 (logs in $WORK)" >&2; exit 1
}

JAR=${GATEWAY_JAR:-$ROOT/gateway/target/quarkus-app/quarkus-run.jar}
if [[ ! -f "$JAR" ]]; then
  echo "building the gateway and the modules it needs…"
  (cd "$ROOT" && ./mvnw -q -B install -pl gateway -am -DskipTests)
fi

UPSTREAM_PORT=$(free_port); GATEWAY_PORT=$(free_port); MANAGEMENT_PORT=$(free_port)
NGINX_PORT=$(free_port); CLOSED_PORT=$(free_port)
PATH_UNDER_TEST=/api/v1/organizations?page=0\&size=50
BODY='{"items":[{"id":"3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60","name":"北京志愿服务联合会","country":"CN","status":"ACTIVE"}],"page":0,"size":50,"total":1}'

nginx_conf() { # dir, server block
  mkdir -p "$1"
  cat >"$1/nginx.conf" <<CONF
worker_processes 1;
pid $1/nginx.pid;
error_log $1/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $1/body;
  proxy_temp_path $1/proxy;
  fastcgi_temp_path $1/fastcgi;
  uwsgi_temp_path $1/uwsgi;
  scgi_temp_path $1/scgi;
  keepalive_requests 1000000;
  $2
}
CONF
}

nginx_conf "$WORK/upstream" "server {
    listen 127.0.0.1:$UPSTREAM_PORT;
    location / { default_type application/json; return 200 '$BODY'; }
  }"
"${ON_LOAD_CORES[@]}" "$NGINX" -p "$WORK/upstream" -c "$WORK/upstream/nginx.conf" &
PIDS+=($!)

nginx_conf "$WORK/proxy" "upstream service { server 127.0.0.1:$UPSTREAM_PORT; keepalive 64; keepalive_requests 1000000; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }"
"${ON_PROXY_CORE[@]}" "$NGINX" -p "$WORK/proxy" -c "$WORK/proxy/nginx.conf" &
NGINX_PID=$!
PIDS+=($NGINX_PID)

# Recording from the start: starting it later makes the JIT throw away and redo the gateway's compiled code.
GATEWAY_JAVA_OPTIONS=()
if [[ -n "$PROFILE" ]]; then GATEWAY_JAVA_OPTIONS+=(-XX:StartFlightRecording=name=bench,settings=profile); fi
SECRET=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
QUARKUS_HTTP_PORT=$GATEWAY_PORT QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=1 \
GATEWAY_UPSTREAMS_PARTNER=http://127.0.0.1:$UPSTREAM_PORT \
GATEWAY_UPSTREAMS_VOLUNTEER=http://127.0.0.1:$CLOSED_PORT GATEWAY_UPSTREAMS_EVENTS=http://127.0.0.1:$CLOSED_PORT \
GATEWAY_UPSTREAMS_WEBHOOK=http://127.0.0.1:$CLOSED_PORT GATEWAY_PUBLIC_URL=http://127.0.0.1:$GATEWAY_PORT \
GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID=bench GATEWAY_BOOTSTRAP_ADMIN_SECRET=$SECRET \
GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=2000000000 \
QUARKUS_LOG_LEVEL=WARN \
  "${ON_PROXY_CORE[@]}" java "${GATEWAY_JAVA_OPTIONS[@]}" -jar "$JAR" >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)

await_http "http://127.0.0.1:$UPSTREAM_PORT/" "the upstream"
await_http "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live" "the gateway"
await_http "http://127.0.0.1:$NGINX_PORT/" "nginx"

TOKEN=$(curl -fs -u "bench:$SECRET" -d grant_type=client_credentials "http://127.0.0.1:$GATEWAY_PORT/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" \
  || { echo "the gateway did not forward the request (log: $WORK/gateway.log)" >&2; exit 1; }

CLOCK_TICKS=$(getconf CLK_TCK)
# CPU ticks (user + system) of a process and its worker children (nginx's master forks its worker).
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    # Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$total"
}

# wrk's latency distribution in ms: "50%  1.23ms" → 1.23
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.3f", v }'; }
measure() { # name, base url, pid of the process whose CPU counts ("-" for none) → "rps p50 p99 cpu-s/10k errors"
  local out before after
  before=$([[ "$3" == - ]] && echo 0 || cpu_ticks "$3")
  out=$("${ON_LOAD_CORES[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
    -H "Authorization: Bearer $TOKEN" "$2$PATH_UNDER_TEST")
  after=$([[ "$3" == - ]] && echo 0 || cpu_ticks "$3")
  echo "$out" >"$WORK/wrk-$1.txt"
  local requests rps p50 p99 errors cpu
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  p50=$(echo "$out" | awk '$1=="50%" { print $2 }' | to_ms)
  p99=$(echo "$out" | awk '$1=="99%" { print $2 }' | to_ms)
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { n++ } END { print n ? "yes" : "no" }')
  cpu=$([[ "$3" == - ]] && echo - \
    || awk -v t=$((after - before)) -v hz="$CLOCK_TICKS" -v n="$requests" 'BEGIN { printf "%.3f", t / hz / n * 10000 }')
  echo "$rps $p50 $p99 $cpu $errors"
}

warm_up() { # base url, seconds
  "${ON_LOAD_CORES[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" -H "Authorization: Bearer $TOKEN" \
    "$1$PATH_UNDER_TEST" | awk -v url="$1" '/requests in|Non-2xx|Socket errors/ { printf "  %s:%s\n", url, $0 }'
}
# The JIT compiles the gateway's hot paths on the same core that serves: it needs longer than nginx to settle.
echo "warming up: the gateway ${WARMUP}s, nginx and the upstream ${DURATION}s each…"
warm_up "http://127.0.0.1:$GATEWAY_PORT" "$WARMUP"
warm_up "http://127.0.0.1:$NGINX_PORT" "$DURATION"
warm_up "http://127.0.0.1:$UPSTREAM_PORT" "$DURATION"

echo "measuring GET $PATH_UNDER_TEST, ${DURATION}s each, $CONNECTIONS connections, $THREADS wrk thread(s);"
echo "$CORES cores, $LAYOUT; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The upstream alone, wrk on the same core(s) as during the proxied runs, then with a core to itself.
read -r D_RPS D_P50 D_P99 _ D_ERR <<<"$(measure direct "http://127.0.0.1:$UPSTREAM_PORT" -)"
read -r G_RPS G_P50 G_P99 G_CPU G_ERR <<<"$(measure gateway "http://127.0.0.1:$GATEWAY_PORT" "$GATEWAY_PID")"
if [[ -n "$PROFILE" ]]; then jcmd "$GATEWAY_PID" JFR.dump name=bench maxage="${DURATION}s" filename="$PROFILE" >/dev/null; fi
read -r N_RPS N_P50 N_P99 N_CPU N_ERR <<<"$(measure nginx "http://127.0.0.1:$NGINX_PORT" "$NGINX_PID")"

added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { printf '%-30s %9s %8s %8s %12s %12s %12s %7s\n' "$@"; }
echo
row "target" "req/s" "p50 ms" "p99 ms" "added p50" "added p99" "cpu s/10k" "errors"
row "direct to the upstream" "$D_RPS" "$D_P50" "$D_P99" "-" "-" "-" "$D_ERR"
row "through the gateway" "$G_RPS" "$G_P50" "$G_P99" "$(added "$G_P50" "$D_P50")" "$(added "$G_P99" "$D_P99")" \
  "$G_CPU" "$G_ERR"
row "through nginx (plain proxy)" "$N_RPS" "$N_P50" "$N_P99" "$(added "$N_P50" "$D_P50")" "$(added "$N_P99" "$D_P99")" \
  "$N_CPU" "$N_ERR"
echo
echo "gateway / nginx throughput: $(ratio "$G_RPS" "$N_RPS")x; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Load generator, proxies and upstream share $CORES cores: compare the rows with each other, not with production."
