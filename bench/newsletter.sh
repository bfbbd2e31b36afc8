#!/usr/bin/env bash
# Newsletter send throughput, measured side by side in one run on this machine (all on 127.0.0.1), by
# org.barta.bench.SendBenchmark (src/test/java) through the Maven profile bench-send:
#   0. warm-up sends to WARMUP_SUBSCRIBERS other subscribers each (the first one's cold rate is reported), repeated
#      until one leaves the JIT quiet (fewer than WARMUP_JIT_QUIET methods compiled, at most WARMUP_SENDS), so that the measured
#      send runs on compiled code; the plain loop below is warmed up with as many messages;
#   1. Barta sending an edition to SUBSCRIBERS subscribers (half English, half Bangla) through Payara Micro into
#      Postfix's smtp-sink, started as the application starts a send (edition to SENDING and its whole ledger in
#      one transaction); the rate comes from the ledger, Payara's heap from jstat and its GC log;
#   2. a bare Jakarta Mail loop over as many connections sending copies of Barta's real messages (the ceiling);
#   3. the ledger preparation statement for PREPARE_SUBSCRIBERS confirmed subscribers.
# With RELEASE_AUDIENCES=3 every send (probe, warm-up, measured, preparation) is a press release of the latest
# statement to three audiences instead, each subscriber in two of them: the ledger must queue each address once.
# Results go to bench/results/newsletter-<time>.txt.
#
#   bench/newsletter.sh                              # 100,000 subscribers, 4 connections, batches of 100, 1,000,000 to prepare
#   SUBSCRIBERS=20000 PREPARE_SUBSCRIBERS=0 bench/newsletter.sh
#   CONNECTIONS=8 BATCH_SIZE=200 PAYARA_HEAP=512m bench/newsletter.sh
#   RELEASE_AUDIENCES=3 bench/newsletter.sh          # a press release to 3 overlapping audiences
#   JFR_SECONDS=30 bench/newsletter.sh               # also records a JFR profile of Payara during the send
#   PAYARA_OPTS="-Dsome.property=value" bench/newsletter.sh   # extra options for the Payara JVM
set -euo pipefail
cd "$(dirname "$0")/.."

export SUBSCRIBERS=${SUBSCRIBERS:-100000}
export WARMUP_SUBSCRIBERS=${WARMUP_SUBSCRIBERS:-30000}
export WARMUP_JIT_QUIET=${WARMUP_JIT_QUIET:-300}
export WARMUP_SENDS=${WARMUP_SENDS:-5}
export CONNECTIONS=${CONNECTIONS:-4}
export BATCH_SIZE=${BATCH_SIZE:-100}
export PREPARE_SUBSCRIBERS=${PREPARE_SUBSCRIBERS:-1000000}
export PAYARA_HEAP=${PAYARA_HEAP:-512m}
export JFR_SECONDS=${JFR_SECONDS:-0}
export RELEASE_AUDIENCES=${RELEASE_AUDIENCES:-0}
export PAYARA_OPTS=${PAYARA_OPTS:-}
export PLAIN_DEFAULT_SOCKET_MESSAGES=${PLAIN_DEFAULT_SOCKET_MESSAGES:-5000}

. bench/smtp-sink.sh

mkdir -p bench/results
results="bench/results/newsletter-$(date -u +%Y%m%dT%H%M%SZ).txt"
partial=$(mktemp)
trap 'rm -f "$partial"' EXIT
{
    echo "Barta newsletter send, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -m | awk '/^Mem:/ {print $2}') MB memory"
    echo "java: $(java -version 2>&1 | head -2 | tail -1)"
    echo "command: SUBSCRIBERS=$SUBSCRIBERS WARMUP_SUBSCRIBERS=$WARMUP_SUBSCRIBERS WARMUP_JIT_QUIET=$WARMUP_JIT_QUIET WARMUP_SENDS=$WARMUP_SENDS CONNECTIONS=$CONNECTIONS BATCH_SIZE=$BATCH_SIZE PREPARE_SUBSCRIBERS=$PREPARE_SUBSCRIBERS PAYARA_HEAP=$PAYARA_HEAP PAYARA_OPTS=\"$PAYARA_OPTS\" JFR_SECONDS=$JFR_SECONDS PLAIN_DEFAULT_SOCKET_MESSAGES=$PLAIN_DEFAULT_SOCKET_MESSAGES bench/newsletter.sh"
    echo "everything on 127.0.0.1: embedded MariaDB, Payara Micro with the WAR, Postfix smtp-sink (accepts and discards)"
} > "$partial"

./mvnw -q -B -Pbench-send -Dbench.results="$partial"

cp "$partial" "$results"
echo "written to $results"
