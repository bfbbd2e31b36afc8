#!/usr/bin/env bash
# Two clustered instances against one, measured side by side in one run by org.barta.bench.ClusterBenchmark
# (src/test/java), in failsafe's cluster execution: a network namespace with nothing but loopback (as root, or with
# user namespaces), the tests' embedded MariaDB and GreenMail, both instances started by the distribution's
# bin/barta behind the distribution's nginx site over https:
#   1. the invalidation delay over PUBLICATIONS publications, alternating instances;
#   2. wrk through nginx with both instances upstream and with the first alone: a cached item page and search;
#   3. the send rate of an edition to RECIPIENTS subscribers, both instances sending, then the first alone.
# Results go to bench/results/cluster-<time>.txt.
#
#   bench/cluster.sh                                  # 100 publications, 15 s warm-up, 20 s per measurement
#   PUBLICATIONS=20 WARMUP=5 DURATION=10 RECIPIENTS=2000 bench/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk nginx-light
    # Debian starts nginx on port 80 of every interface after installing it; we only want our own on loopback.
    $SUDO service nginx stop >/dev/null 2>&1 || true
fi

results="$PWD/bench/results/cluster-$(date -u +%Y%m%dT%H%M%SZ).txt"
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbarta.cluster.tests='**/ClusterBenchmark.java' \
    -Dbench.results="$results" \
    -Dbench.publications="${PUBLICATIONS:-100}" -Dbench.warmup="${WARMUP:-15}" -Dbench.duration="${DURATION:-20}" \
    -Dbench.connections="${CONNECTIONS:-50}" -Dbench.recipients="${RECIPIENTS:-10000}"
echo "Results: $results"
