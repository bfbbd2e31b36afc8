#!/usr/bin/env bash
# Cached public pages while statements go out, all on 127.0.0.1, by org.barta.bench.PublishUnderLoadBenchmark
# (src/test/java) in the integration-test run (Payara Micro with the WAR and its embedded MariaDB):
#   1. wrk reads the home page and an item page at the same time (half the connections each), warm-up;
#   2. DURATION seconds with nothing published: rates and the longest response;
#   3. DURATION seconds while an editor publishes a new press statement once a second through the newsroom
#      (each publication drops the home page; the item page shares no tag with them and stays): rates, the longest response, and the ratio to step 2.
# Results go to bench/results/publish-<time>.txt.
#
#   bench/publish.sh                          # 30 s warm-up, 60 s measured twice, 50 connections
#   WARMUP=10 DURATION=20 bench/publish.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk
fi

results="$PWD/bench/results/publish-$(date -u +%Y%m%dT%H%M%SZ).txt"
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=PublishUnderLoadBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dbarta.skip-cluster=true \
    -Dbench.results="$results" \
    -Dbench.warmup="${WARMUP:-30}" -Dbench.duration="${DURATION:-60}" -Dbench.connections="${CONNECTIONS:-50}"
echo "Results: $results"
