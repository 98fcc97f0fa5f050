#!/usr/bin/env bash
# Latency of the proxy against a direct call, on loopback.
#
# Builds the release binary, starts `hushdesk sandbox` (HTTPS with a
# certificate made here by openssl; plain HTTP if openssl is missing or
# HUSHDESK_LOAD_PLAIN=1) and `hushdesk serve` in front of it, then measures
# with wrk, in the same run:
#   POST /api/v2/tickets   a ~4 KB JSON ticket with an HTML description
#                          holding personal data (scanned and redacted)
#   GET  /api/v2/tickets/1 pass-through
# each once direct to the sandbox and once through the proxy, and prints
# req/s and median/p99 latency side by side with the ratio.
#
# Settings (environment):
#   DURATION      measured seconds per run        (default 10)
#   WARMUP        unmeasured seconds before each  (default 2)
#   CONNECTIONS   wrk connections                 (default 8)
#   HUSHDESK_LOAD_PLAIN=1   sandbox on plain HTTP (proxy allows it by config)
#   HUSHDESK_BIN  use this binary instead of building one
#
# See README.md next to this file for how to read the numbers.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
KEY="load-test-key"

die() { echo "run.sh: $*" >&2; exit 2; }

command -v wrk >/dev/null || die "wrk not found (Debian/Ubuntu: apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"

# --- binary ---------------------------------------------------------------
if [[ -n "${HUSHDESK_BIN:-}" ]]; then
  bin="$HUSHDESK_BIN"
else
  echo "building the release binary..." >&2
  (cd "$repo" && cargo build --release --locked --bin hushdesk >&2)
  target_dir="$(cd "$repo" && cargo metadata --format-version 1 --no-deps |
    grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)"
  bin="$target_dir/release/hushdesk"
fi
[[ -x "$bin" ]] || die "no executable at $bin"

# --- scratch space and cleanup -------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/hushdesk-load.XXXXXX")"
sandbox_pid=""
proxy_pid=""
stop_stack() {
  for pid in "$proxy_pid" "$sandbox_pid"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  proxy_pid=""
  sandbox_pid=""
}
cleanup() {
  stop_stack
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- CPU split: wrk on the last CPU, the servers on the others -----------
cpus="$(nproc)"
if command -v taskset >/dev/null && ((cpus >= 2)); then
  load_cpu=$((cpus - 1))
  server_cpus="0-$((cpus - 2))"
  pin_load=(taskset -c "$load_cpu")
  pin_server=(taskset -c "$server_cpus")
  cpu_note="wrk on CPU $load_cpu, sandbox and proxy on CPU $server_cpus"
else
  pin_load=()
  pin_server=()
  cpu_note="no CPU pinning (taskset missing or a single CPU)"
fi

# --- TLS between proxy and sandbox ---------------------------------------
tls=0
if [[ "${HUSHDESK_LOAD_PLAIN:-0}" != "1" ]] && command -v openssl >/dev/null; then
  # A private CA and a leaf for localhost/127.0.0.1 (webpki refuses a CA
  # certificate used as the server's own).
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -days 2 -subj "/CN=hushdesk load test CA" \
    -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=localhost" -keyout "$work/key.pem" -out "$work/leaf.csr" 2>/dev/null
  printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    "basicConstraints=critical,CA:FALSE" "extendedKeyUsage=serverAuth" >"$work/leaf.ext"
  openssl x509 -req -in "$work/leaf.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -days 2 -extfile "$work/leaf.ext" -out "$work/cert.pem" 2>/dev/null
  tls=1
fi

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

wait_http() { # url [curl args...]
  local url="$1"
  shift
  for _ in $(seq 1 100); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$@" -u "$KEY:X" "$url" || true)"
    [[ "$code" != "000" ]] && return 0
    sleep 0.1
  done
  die "nothing answers at $url (logs: $work/*.log)"
}

start_stack() {
  local sport pport
  sport="$(free_port)"
  pport="$(free_port)"
  [[ "$sport" != "$pport" ]] || pport="$(free_port)"
  local sandbox_args=(sandbox --listen "127.0.0.1:$sport" --api-key "$KEY")
  local proxy_args=(serve --listen "127.0.0.1:$pport")
  if ((tls)); then
    sandbox_args+=(--tls-cert "$work/cert.pem" --tls-key "$work/key.pem")
    sandbox_url="https://localhost:$sport"
    proxy_args+=(--upstream "$sandbox_url" --upstream-ca "$work/ca.pem")
    curl_tls=(--cacert "$work/ca.pem")
  else
    sandbox_url="http://127.0.0.1:$sport"
    printf '[upstream]\nurl = "%s"\nallow_plain_http = true\n' "$sandbox_url" >"$work/proxy.toml"
    proxy_args+=(--config "$work/proxy.toml")
    curl_tls=()
  fi
  proxy_url="http://127.0.0.1:$pport"
  "${pin_server[@]}" "$bin" "${sandbox_args[@]}" >>"$work/sandbox.log" 2>&1 &
  sandbox_pid=$!
  wait_http "$sandbox_url/api/v2/tickets/1" "${curl_tls[@]}"
  "${pin_server[@]}" "$bin" "${proxy_args[@]}" >>"$work/proxy.log" 2>&1 &
  proxy_pid=$!
  wait_http "$proxy_url/api/v2/tickets/1"
  # Ticket 1 (for the GET runs), created through the proxy.
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' -u "$KEY:X" \
    -H 'Content-Type: application/json' --data-binary "@$here/ticket.json" \
    "$proxy_url/api/v2/tickets")"
  [[ "$code" == "201" ]] || die "seeding a ticket through the proxy answered $code"
}

auth="$(printf '%s:X' "$KEY" | base64 | tr -d '\n')"
results="$work/results.txt"
: >"$results"

measure() { # label url [body-file]
  local label="$1" url="$2" body="${3:-}"
  local run
  for run in warmup measured; do
    local seconds="$DURATION" out="$results"
    if [[ "$run" == warmup ]]; then
      seconds="$WARMUP"
      out="$work/warmup.txt"
    fi
    HUSHDESK_LOAD_AUTH="$auth" HUSHDESK_LOAD_BODY="$body" HUSHDESK_LOAD_OUT="$out" \
      HUSHDESK_LOAD_LABEL="$label" \
      "${pin_load[@]}" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" -s "$here/load.lua" "$url" \
      >"$work/wrk-$label-$run.txt"
  done
  echo "  measured $label" >&2
}

echo "hushdesk load: ${DURATION}s per run (+${WARMUP}s warm-up), $CONNECTIONS connections," \
  "$( ((tls)) && echo "HTTPS" || echo "plain HTTP") between proxy and sandbox; $cpu_note" >&2

# A fresh sandbox and proxy for every run, so stored tickets do not pile up
# across runs and each run starts from the same state.
for scenario in post get; do
  for route in direct proxied; do
    start_stack
    if [[ "$route" == direct ]]; then base="$sandbox_url"; else base="$proxy_url"; fi
    if [[ "$scenario" == post ]]; then
      measure "post-$route" "$base/api/v2/tickets" "$here/ticket.json"
    else
      measure "get-$route" "$base/api/v2/tickets/1"
    fi
    stop_stack
  done
done

awk -v tls="$tls" '
  { req[$1] = $2; dur[$1] = $3; p50[$1] = $4; p90[$1] = $5; p99[$1] = $6;
    bad[$1] = $8 + $9 }
  function rps(k) { return req[k] / (dur[k] / 1e6) }
  function row(name, k) {
    printf "%-32s %10.0f %10.2f %10.2f %10.2f %8d\n", name, rps(k), p50[k] / 1000,
      p90[k] / 1000, p99[k] / 1000, bad[k]
  }
  function ratio(k1, k2) {
    printf "%-32s %10.2f %10.2f %10.2f %10.2f\n", "  ratio proxied/direct",
      rps(k2) / rps(k1), p50[k2] / p50[k1], p90[k2] / p90[k1], p99[k2] / p99[k1]
    printf "%-32s %10s %+10.2f\n", "  added median latency (ms)", "", (p50[k2] - p50[k1]) / 1000
  }
  END {
    printf "%-32s %10s %10s %10s %10s %8s\n", "", "req/s", "p50 ms", "p90 ms", "p99 ms", "errors"
    row("POST /api/v2/tickets  direct", "post-direct")
    row("POST /api/v2/tickets  proxied", "post-proxied")
    ratio("post-direct", "post-proxied")
    row("GET /api/v2/tickets/1 direct", "get-direct")
    row("GET /api/v2/tickets/1 proxied", "get-proxied")
    ratio("get-direct", "get-proxied")
  }' "$results"

errors="$(awk '{ n += $8 + $9 } END { print n + 0 }' "$results")"
if ((errors > 0)); then
  echo "run.sh: $errors responses were not 2xx/3xx or failed on the socket;" \
    "the numbers above are not trustworthy" >&2
  exit 1
fi
