#!/usr/bin/env bash
# Public site throughput, measured side by side in one run on this machine (all on 127.0.0.1):
#   1. nginx serving an item page saved as a static file (the ceiling),
#   2. the same item page from Barta's page cache, the home page, and an old address answered with a redirect,
#   3. the item and home pages with the page cache switched off (real database queries and rendering).
# Each page is warmed up first so the JIT settles. With the cache off the JIT needs minutes, not seconds: it keeps
# compiling for 5 to 8 minutes of load, and the rate measured while it does climbs (197 to 533 req/s for the
# item page over 7 minutes in one run). So each uncached page is loaded until Payara's JIT has compiled fewer than
# JIT_QUIET methods in the last 20 s (at least WARMUP s, at most MAX_WARMUP s), then measured three times.
# Results go to bench/results/site-<time>.txt.
#
#   bench/site.sh                     # defaults: 90 s warm-up, 20 s per measurement, 50 connections
#   WARMUP=60 DURATION=30 bench/site.sh
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-90}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
MAX_WARMUP=${MAX_WARMUP:-600}
JIT_QUIET=${JIT_QUIET:-20}
SITE=http://127.0.0.1:8080
ITEM_PATH=${ITEM_PATH:-/en/press-statements/sixteen-days-of-activism-2026}
# The demo content's redirect of an address of the site Barta replaced to that item.
OLD_PATH=${OLD_PATH:-/index.php/en/news/112-sixteen-days-of-activism}
NGINX_PORT=8091

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk nginx-light
    # Debian starts nginx on port 80 of every interface after installing it; we only want our own on loopback.
    $SUDO service nginx stop >/dev/null 2>&1 || true
fi

work=$(mktemp -d)
results="bench/results/site-$(date -u +%Y%m%dT%H%M%SZ).txt"
site_pid=""
nginx_pid=""

cleanup() {
    [ -n "$site_pid" ] && kill -TERM -- "-$site_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start_site() {  # $1: page cache on (true) or off (false); searches are not limited per client (wrk is one client)
    BARTA_PAGE_CACHE_ENABLED=$1 BARTA_SEARCH_PER_MINUTE=0 setsid ./mvnw -q -Prun > "$work/site-$1.log" 2>&1 &
    site_pid=$!
    for _ in $(seq 1 300); do
        curl -sf "$SITE/health/ready" >/dev/null 2>&1 && grep -q "Barta is running" "$work/site-$1.log" && return 0
        sleep 1
    done
    echo "Barta did not start; see $work/site-$1.log" >&2
    exit 1
}

stop_site() {
    kill -TERM -- "-$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
    site_pid=""
    sleep 3
}

rate() {  # $1: URL → requests per second
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$1" | awk '/Requests\/sec/ {print $2}'
}

warm() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$1" >/dev/null
}

pid_of() {  # $1: pattern of the process's command line
    pgrep -f "$1" | head -1
}

compiled() {  # methods Payara's JIT has compiled so far
    jcmd "$(pid_of 'payara-micro.*--port 8080')" PerfCounter.print | awk -F= '/sun.ci.totalCompiles=/ {print $2}'
}

cpu_ticks() {  # $1: pid → user + system clock ticks used so far
    awk '{print $14 + $15}' "/proc/$1/stat"
}

# Loads $1 until the JIT is quiet; prints the seconds it took.
warm_until_quiet() {
    local waited=0 before after
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$1" >/dev/null
    waited=$WARMUP
    while [ "$waited" -lt "$MAX_WARMUP" ]; do
        before=$(compiled)
        wrk -t"$THREADS" -c"$CONNECTIONS" -d20s "$1" >/dev/null
        waited=$((waited + 20))
        after=$(compiled)
        [ $((after - before)) -lt "$JIT_QUIET" ] && break
    done
    echo "$waited"
}

# Three measurements of $1 after warm_until_quiet: "median min max warm-up payara-ms/request mariadb-ms/request"
# (CPU time of each process per request over the three runs, from /proc).
three_runs() {
    local waited payara mariadb p0 m0 total=0 rates=() r
    waited=$(warm_until_quiet "$1")
    payara=$(pid_of 'payara-micro.*--port 8080')
    mariadb=$(pid_of 'mariadbd.*3407')
    p0=$(cpu_ticks "$payara"); m0=$(cpu_ticks "$mariadb")
    for _ in 1 2 3; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$1" > "$work/wrk.txt"
        if grep -q "Non-2xx" "$work/wrk.txt"; then
            echo "$1 answered errors under load:" >&2; cat "$work/wrk.txt" >&2; exit 1
        fi
        r=$(awk '/requests in/ {print $1} /Requests\/sec/ {print $2}' "$work/wrk.txt" | tr '\n' ' ')
        total=$((total + ${r%% *}))
        rates+=("${r#* }")
    done
    printf '%s\n' "${rates[@]}" | sort -g | tr '\n' ' ' | awk -v w="$waited" -v total="$total" \
        -v p="$(( $(cpu_ticks "$payara") - p0 ))" -v m="$(( $(cpu_ticks "$mariadb") - m0 ))" \
        -v tick="$(getconf CLK_TCK)" '{printf "%s %s %s %s %.2f %.2f", $2, $1, $3, w, p * 1000 / tick / total, m * 1000 / tick / total}'
}

report_runs() {  # $1: label, $2: three_runs output
    read -r median low high waited payara_ms mariadb_ms <<< "$2"
    printf "%-38s %10s req/s  (min %s, max %s; %s s warm-up; CPU per request: Payara %s ms, MariaDB %s ms)\n" \
        "$1" "$median" "$low" "$high" "$waited" "$payara_ms" "$mariadb_ms"
}

./mvnw -q -B -DskipTests package

start_site true
curl -sf "$SITE$ITEM_PATH" -o "$work/item.html"
page_bytes=$(wc -c < "$work/item.html")
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work;
        location / { default_type text/html; }
    }
}
CONF
nginx -c "$work/nginx.conf" &
nginx_pid=$!
sleep 1

warm "$SITE$ITEM_PATH"
nginx_rps=$(rate "http://127.0.0.1:$NGINX_PORT/item.html")
cached_item_rps=$(rate "$SITE$ITEM_PATH")
cached_home_rps=$(rate "$SITE/en/")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE$OLD_PATH")" = 301 ]; then
    redirect_rps=$(rate "$SITE$OLD_PATH")
else
    redirect_rps="n/a"  # data made before the demo content had its redirect (.barta-data)
fi
stop_site

start_site false
uncached_item=$(three_runs "$SITE$ITEM_PATH")
uncached_home=$(three_runs "$SITE/en/")
uncached_search=$(three_runs "$SITE/en/search?q=rights")
stop_site

ratio=$(awk -v a="$cached_item_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
home_ratio=$(awk -v a="$cached_home_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
redirect_ratio=$(awk -v a="$redirect_rps" -v b="$cached_item_rps" 'BEGIN { if (a + 0 > 0) printf "%.2f", a / b; else print "-" }')
{
    echo "Barta public site throughput, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
    echo "command: WARMUP=$WARMUP DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS bench/site.sh"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; cache on: after ${WARMUP}s warm-up of the item page; cache off: each page loaded until the JIT compiled fewer than $JIT_QUIET methods in 20 s (${WARMUP} to ${MAX_WARMUP} s), then three runs; item page $ITEM_PATH ($page_bytes bytes)"
    echo
    printf "%-38s %10s req/s\n" "nginx, same page as a static file" "$nginx_rps"
    printf "%-38s %10s req/s  (%s x nginx)\n" "Barta item page, page cache" "$cached_item_rps" "$ratio"
    printf "%-38s %10s req/s  (%s x nginx)\n" "Barta home page, page cache" "$cached_home_rps" "$home_ratio"
    printf "%-38s %10s req/s  (%s x the cached item page)\n" "Barta old address, 301 redirect" "$redirect_rps" "$redirect_ratio"
    report_runs "Barta item page, cache off" "$uncached_item"
    report_runs "Barta home page, cache off" "$uncached_home"
    report_runs "Barta search ?q=rights (never cached)" "$uncached_search"
} | tee "$results"
echo "written to $results"
