#!/usr/bin/env bash
# Gateway benchmark: the same request against the same upstream, in one run, three ways:
#   direct to the upstream, through the gateway (token check, role rule, rate limit, metrics, circuit breaker),
#   and through nginx as a plain reverse proxy. Prints throughput and p50/p99 for each, and what each proxy adds.
# Loopback only, bounded duration. Usage: gateway/bench/run.sh [seconds per target, default 10, max 60]
# Environment: CONNECTIONS (default 32), THREADS (default 2).
set -euo pipefail

DURATION=${1:-10}
if ! [[ "$DURATION" =~ ^[0-9]+$ ]] || (( DURATION < 1 || DURATION > 60 )); then
  echo "duration must be 1..60 seconds" >&2; exit 2
fi
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
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

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
await_http() { # url, what
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not come up at $1 (logs in $WORK)" >&2; exit 1
}

JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
if [[ ! -f "$JAR" ]]; then
  echo "building the gateway…"
  (cd "$ROOT" && ./mvnw -q -B install -pl gateway -DskipTests)
fi

UPSTREAM_PORT=$(free_port); GATEWAY_PORT=$(free_port); NGINX_PORT=$(free_port); CLOSED_PORT=$(free_port)
PATH_UNDER_TEST=/api/v1/organizations?page=0\&size=50

java -XX:+UseParallelGC "$HERE/BenchUpstream.java" "$UPSTREAM_PORT" >"$WORK/upstream.log" 2>&1 &
PIDS+=($!)

SECRET=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
QUARKUS_HTTP_PORT=$GATEWAY_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
GATEWAY_UPSTREAMS_PARTNER=http://127.0.0.1:$UPSTREAM_PORT \
GATEWAY_UPSTREAMS_VOLUNTEER=http://127.0.0.1:$CLOSED_PORT GATEWAY_UPSTREAMS_EVENTS=http://127.0.0.1:$CLOSED_PORT \
GATEWAY_PUBLIC_URL=http://127.0.0.1:$GATEWAY_PORT \
GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID=bench GATEWAY_BOOTSTRAP_ADMIN_SECRET=$SECRET \
GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=2000000000 \
QUARKUS_LOG_LEVEL=WARN \
  java -jar "$JAR" >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)

mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream service { server 127.0.0.1:$UPSTREAM_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)

await_http "http://127.0.0.1:$UPSTREAM_PORT/" "the upstream"
await_http "http://127.0.0.1:$GATEWAY_PORT/q/health/live" "the gateway"
await_http "http://127.0.0.1:$NGINX_PORT/" "nginx"

TOKEN=$(curl -fs -u "bench:$SECRET" -d grant_type=client_credentials "http://127.0.0.1:$GATEWAY_PORT/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" \
  || { echo "the gateway did not forward the request (log: $WORK/gateway.log)" >&2; exit 1; }

# wrk's latency distribution in ms: "50%  1.23ms" → 1.23
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.3f", v }'; }
measure() { # name, base url → "name rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$2$PATH_UNDER_TEST")
  echo "$out" >"$WORK/wrk-$1.txt"
  local rps p50 p99
  rps=$(echo "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)
  p99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
  echo "$1 $rps $p50 $p99"
}

echo "warming up (JIT) for ${DURATION}s each…"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$UPSTREAM_PORT$PATH_UNDER_TEST" >/dev/null

echo "measuring GET $PATH_UNDER_TEST, ${DURATION}s each, $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores…"
read -r _ D_RPS D_P50 D_P99 <<<"$(measure direct "http://127.0.0.1:$UPSTREAM_PORT")"
read -r _ G_RPS G_P50 G_P99 <<<"$(measure gateway "http://127.0.0.1:$GATEWAY_PORT")"
read -r _ N_RPS N_P50 N_P99 <<<"$(measure nginx "http://127.0.0.1:$NGINX_PORT")"

added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
printf '\n%-28s %10s %10s %10s %14s %14s\n' "target" "req/s" "p50 ms" "p99 ms" "added p50 ms" "added p99 ms"
printf '%-28s %10s %10s %10s %14s %14s\n' "direct to the service" "$D_RPS" "$D_P50" "$D_P99" "-" "-"
printf '%-28s %10s %10s %10s %14s %14s\n' "through the gateway" "$G_RPS" "$G_P50" "$G_P99" "$(added "$G_P50" "$D_P50")" "$(added "$G_P99" "$D_P99")"
printf '%-28s %10s %10s %10s %14s %14s\n' "through nginx (plain proxy)" "$N_RPS" "$N_P50" "$N_P99" "$(added "$N_P50" "$D_P50")" "$(added "$N_P99" "$D_P99")"
echo
echo "Load generator, proxies and upstream share $(nproc) cores: compare the rows with each other, not with production."
