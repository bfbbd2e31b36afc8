#!/usr/bin/env bash
# Two builds of Barta side by side on uncached public pages: each WAR is started in turn (A, B, A, ...) on the
# demo content with the page cache off, every page is loaded until Payara's JIT is quiet, then measured RUNS times
# with wrk, reporting req/s and the CPU Payara and MariaDB spent per request (from /proc). Interleaving the two
# builds is what makes their difference stand out of this machine's noise (bench/README.md, "Uncached pages").
#
#   bench/pages-ab.sh before.war after.war
#   PAGES="/en/ /en/reports/some-report" ROUNDS=3 bench/pages-ab.sh a.war b.war
#
# A WAR of another commit: git worktree add /tmp/before <commit> && (cd /tmp/before && ./mvnw -q -B -DskipTests package)
# gives /tmp/before/target/barta.war. Results go to bench/results/pages-ab-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 2 ] || { echo "usage: $0 A.war B.war" >&2; exit 2; }
PAGES=${PAGES:-"/en/ /en/press-statements/sixteen-days-of-activism-2026"}
ROUNDS=${ROUNDS:-3}          # starts: A, B, A for 3; A, B, A, B for 4
[ "$ROUNDS" -ge 2 ] || { echo "ROUNDS must be at least 2: each build is started at least once" >&2; exit 2; }
RUNS=${RUNS:-3}              # measured runs per page and start
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}         # seconds per page and warm-up pass
MAX_WARMUP=${MAX_WARMUP:-600}
JIT_QUIET=${JIT_QUIET:-20}
CONNECTIONS=${CONNECTIONS:-50}
SITE=http://127.0.0.1:8080

if ! command -v wrk >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk
fi

work=$(mktemp -d)
results="bench/results/pages-ab-$(date -u +%Y%m%dT%H%M%SZ).txt"
server=""
cleanup() {
    [ -n "$server" ] && kill -TERM -- "-$server" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Payara names an application after its WAR file and redeploys what its root directory holds: each build is
# started as barta.war from a fresh root directory, so only that build answers.
mkdir -p "$work/A" "$work/B"
cp "$1" "$work/A/barta.war"
cp "$2" "$work/B/barta.war"
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
    -Dmdep.includeScope=test

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }      # user + system, in clock ticks
ticks=$(getconf CLK_TCK)
compiles() { jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '/sun.ci.totalCompiles=/ {print $2}'; }

start() {  # $1: A or B
    rm -rf target/payara-run
    BARTA_PAGE_CACHE_ENABLED=false BARTA_SEARCH_PER_MINUTE=0 setsid java -Djava.io.tmpdir=target/tmp \
        -Dbarta.project.dir="$PWD" -Dbarta.war="$work/$1/barta.war" -Dbarta.payara.jar=target/payara-micro.jar \
        -Dbarta.preboot=src/main/payara/preboot.asadmin -cp "target/test-classes:target/classes:$(cat "$work/classpath")" \
        org.barta.dev.DevServer > "$work/server-$1.log" 2>&1 &
    server=$!
    # Ready once the demo content is loaded too (first start on a fresh checkout): the run profile's banner.
    for _ in $(seq 1 300); do
        grep -q "Barta is running" "$work/server-$1.log" && return 0
        sleep 1
    done
    echo "Barta ($1) did not start; its log:" >&2
    tail -50 "$work/server-$1.log" >&2
    exit 1
}

stop() {
    kill -TERM -- "-$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
    sleep 3
}

measure() {  # $1: label
    local payara mariadb
    payara=$(pgrep -f "java -jar .*payara-micro.jar" | head -1)
    mariadb=$(pgrep -f mariadbd | head -1)
    for page in $PAGES; do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE$page")" = 200 ] || { echo "$page does not answer 200" >&2; exit 1; }
    done
    # Every page in turn until the JIT has gone quiet over a whole pass.
    local waited=0 before after
    while :; do
        before=$(compiles "$payara")
        for page in $PAGES; do wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$SITE$page" > /dev/null; done
        after=$(compiles "$payara")
        waited=$((waited + WARMUP * $(echo $PAGES | wc -w)))
        [ $((after - before)) -lt "$JIT_QUIET" ] || [ "$waited" -ge "$MAX_WARMUP" ] && break
    done
    echo "$1: warmed up ${waited} s (last pass: $((after - before)) methods compiled)" >> "$work/out"
    for run in $(seq 1 "$RUNS"); do
        for page in $PAGES; do
            local p0 m0 p1 m1 out rate n errors
            p0=$(cpu "$payara"); m0=$(cpu "$mariadb")
            out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$SITE$page")
            p1=$(cpu "$payara"); m1=$(cpu "$mariadb")
            rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
            n=$(echo "$out" | awk '/requests in/ {print $1}')
            errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
            printf '%s run %d %s: %s req/s; CPU per request Payara %.2f ms, MariaDB %.2f ms%s\n' "$1" "$run" "$page" \
                "$rate" "$(echo "($p1 - $p0) * 1000 / $ticks / $n" | bc -l)" \
                "$(echo "($m1 - $m0) * 1000 / $ticks / $n" | bc -l)" "${errors:+; $errors non-2xx answers}" \
                >> "$work/out"
        done
    done
}

for round in $(seq 1 "$ROUNDS"); do
    build=$([ $((round % 2)) -eq 1 ] && echo A || echo B)
    start "$build"
    measure "$build"
    stop
done

{
    echo "Barta, two builds side by side on uncached pages, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -m | awk '/^Mem:/ {print $2}') MB memory"
    echo "A: $1 ($(sha256sum "$1" | cut -c1-12)); B: $2 ($(sha256sum "$2" | cut -c1-12))"
    echo "command: PAGES=\"$PAGES\" ROUNDS=$ROUNDS RUNS=$RUNS DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS bench/pages-ab.sh $1 $2"
    echo "page cache off, searches not limited per client, wrk -t2 -c$CONNECTIONS -d${DURATION}s, everything on 127.0.0.1"
    echo
    cat "$work/out"
    echo
    echo "medians per build and page (min-max of the rate):"
    median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    for build in A B; do
        for page in $PAGES; do
            lines=$(grep "^$build run [0-9]* $page:" "$work/out")
            rates=$(echo "$lines" | awk '{print $5}' | sort -n)
            printf '  %s %s: %s req/s (%s-%s), Payara %s ms, MariaDB %s ms per request\n' "$build" "$page" \
                "$(echo "$rates" | median)" "$(echo "$rates" | head -1)" "$(echo "$rates" | tail -1)" \
                "$(echo "$lines" | awk '{print $11}' | median)" "$(echo "$lines" | awk '{print $14}' | median)"
        done
    done
} > "$results"
cat "$results"
echo "written to $results"
