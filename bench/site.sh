#!/usr/bin/env bash
# Public site throughput, measured side by side in one run on this machine (all on 127.0.0.1):
#   1. nginx serving an item page saved as a static file (the ceiling),
#   2. the same item page from Barta's page cache, the home page, and an old address answered with a redirect,
#   3. the item and home pages with the page cache switched off (real database queries and rendering).
# Each page is warmed up first so the JIT settles: with the cache off, Payara's C2 compiler needs about 85 s of
# CPU before it goes quiet, so 90 s per page; measuring earlier shows the compiler, not the site.
# Results go to bench/results/site-<time>.txt.
#
#   bench/site.sh                     # defaults: 90 s warm-up per page, 20 s per measurement, 50 connections
#   WARMUP=60 DURATION=30 bench/site.sh
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-90}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
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

start_site() {  # $1: page cache on (true) or off (false)
    BARTA_PAGE_CACHE_ENABLED=$1 setsid ./mvnw -q -Prun > "$work/site-$1.log" 2>&1 &
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
warm "$SITE$ITEM_PATH"
warm "$SITE/en/"
uncached_item_rps=$(rate "$SITE$ITEM_PATH")
uncached_home_rps=$(rate "$SITE/en/")
stop_site

ratio=$(awk -v a="$cached_item_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
home_ratio=$(awk -v a="$cached_home_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
redirect_ratio=$(awk -v a="$redirect_rps" -v b="$cached_item_rps" 'BEGIN { if (a + 0 > 0) printf "%.2f", a / b; else print "-" }')
{
    echo "Barta public site throughput, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
    echo "command: WARMUP=$WARMUP DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS bench/site.sh"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, after ${WARMUP}s warm-up (cache on: item page; cache off: item page, then home page); item page $ITEM_PATH ($page_bytes bytes)"
    echo
    printf "%-38s %10s req/s\n" "nginx, same page as a static file" "$nginx_rps"
    printf "%-38s %10s req/s  (%s x nginx)\n" "Barta item page, page cache" "$cached_item_rps" "$ratio"
    printf "%-38s %10s req/s  (%s x nginx)\n" "Barta home page, page cache" "$cached_home_rps" "$home_ratio"
    printf "%-38s %10s req/s  (%s x the cached item page)\n" "Barta old address, 301 redirect" "$redirect_rps" "$redirect_ratio"
    printf "%-38s %10s req/s\n" "Barta item page, cache off" "$uncached_item_rps"
    printf "%-38s %10s req/s\n" "Barta home page, cache off" "$uncached_home_rps"
} | tee "$results"
echo "written to $results"
