#!/usr/bin/env bash
# The Joomla import on a generated old site, all on 127.0.0.1, by org.barta.bench.ImportBenchmark (src/test/java)
# in the integration-test run (Payara Micro with the WAR, its embedded MariaDB, the old site's MariaDB):
#   1. ARTICLES articles in two languages (pairs linked as translations) and IMAGES distinct images under the old
#      site's folder, generated;
#   2. the dry run, then the import through the import page as an administrator would: wall time;
#   3. the same import again, nothing changed: wall time;
#   4. side by side, wrk against a cached item page and against two of its old addresses (redirects).
# Results go to bench/results/import-<time>.txt.
#
#   bench/import.sh                                  # 5,000 articles, 3,000 images
#   ARTICLES=1000 IMAGES=500 DURATION=10 bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk
fi

results="$PWD/bench/results/import-$(date -u +%Y%m%dT%H%M%SZ).txt"
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ImportBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dbarta.skip-cluster=true \
    -Dbench.results="$results" \
    -Dbench.articles="${ARTICLES:-5000}" -Dbench.images="${IMAGES:-3000}" \
    -Dbench.warmup="${WARMUP:-10}" -Dbench.duration="${DURATION:-20}" -Dbench.connections="${CONNECTIONS:-50}"
echo "Results: $results"
