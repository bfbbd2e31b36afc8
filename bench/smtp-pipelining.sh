#!/usr/bin/env bash
# What SMTP PIPELINING (RFC 2920) saves a newsletter send (issue 16), measured without Barta: bench/SmtpPipelining.java
# sends COUNT messages of MESSAGE_BYTES to Postfix's smtp-sink on 127.0.0.1 over CONNECTIONS connections, one
# command at a time (as Jakarta Mail does) and pipelined, alternating ROUNDS times, with both processes' CPU per
# message. Results go to bench/results/smtp-pipelining-<time>.txt.
#
#   bench/smtp-pipelining.sh
#   COUNT=50000 MESSAGE_BYTES=30000 bench/smtp-pipelining.sh
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-100000}
CONNECTIONS=${CONNECTIONS:-4}
MESSAGE_BYTES=${MESSAGE_BYTES:-11000}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-25252}

. bench/smtp-sink.sh

# As root smtp-sink must drop to another user after binding.
if [ "$(id -u)" -eq 0 ]; then sink_user=(-u postfix); else sink_user=(); fi
/usr/sbin/smtp-sink "${sink_user[@]}" -c "127.0.0.1:$PORT" 256 >/dev/null 2>&1 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
sleep 1

mkdir -p bench/results
results="bench/results/smtp-pipelining-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "SMTP one command at a time vs pipelined, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); java: $(java -version 2>&1 | head -2 | tail -1)"
    echo "command: COUNT=$COUNT CONNECTIONS=$CONNECTIONS MESSAGE_BYTES=$MESSAGE_BYTES ROUNDS=$ROUNDS bench/smtp-pipelining.sh"
    echo "raw SMTP to Postfix smtp-sink on 127.0.0.1, one recipient per message, TCP_NODELAY, each mode warmed up with COUNT/4 messages"
    for _ in $(seq "$ROUNDS"); do
        for mode in sequential pipelined; do
            java bench/SmtpPipelining.java "$PORT" "$mode" "$COUNT" "$CONNECTIONS" "$sink" "$MESSAGE_BYTES"
        done
    done
} | tee "$results"
echo "written to $results"
