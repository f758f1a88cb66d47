#!/usr/bin/env bash
# Page weights and loopback throughput for the sign-in and participant home pages.
# Starts the release server on a free loopback port with a throwaway database; every load
# run is bounded (connections and seconds) and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { ${SUDO:-} apt-get update && ${SUDO:-} apt-get install -y wrk; }

# CV PDF rendering, measured on its own before the server starts: one Markdown table row.
pdf_row=$(cargo run --release -q -p cv-pdf --example pdf_bench)
# Bookings per second and the free-times page, on a portal of its own (see the example):
# on SQLite, then on a throwaway PostgreSQL with one instance and with two.
booking_rows=$(cargo run --release -q -p server --example booking_bench)
SUDO=${SUDO:-} bash tools/pg.sh install
pg=$(mktemp -d)
for n in 1 2; do
  url=$(SUDO=${SUDO:-} bash tools/pg.sh start "$pg/cluster$n")
  booking_rows+=$'\n'$(VAGVAL_BENCH_DATABASE_URL="$url" VAGVAL_BENCH_INSTANCES=$n \
    cargo run --release -q -p server --example booking_bench)
  bash tools/pg.sh stop "$pg/cluster$n"
done
# A year of a large organisation seeded through the stores, then every page (see the
# example): SQLite with 1 % of the organisation (the same people, each with the same data),
# then all of it on SQLite and on PostgreSQL with one and two instances.
org=$(mktemp)
VAGVAL_BENCH_SCALE=0.01 cargo run --release -q -p server --example org_bench >>"$org"
cargo run --release -q -p server --example org_bench >>"$org"
url=$(SUDO=${SUDO:-} bash tools/pg.sh start "$pg/org")
VAGVAL_BENCH_DATABASE_URL="$url" cargo run --release -q -p server --example org_bench >>"$org"
bash tools/pg.sh stop "$pg/org"
# The programme report's counts on 10,000 participants and 100,000 outcome events, then ten
# times that, on SQLite; the first size again on PostgreSQL (see the example).
report_rows=$(cargo run --release -q -p server --example report_bench)
url=$(SUDO=${SUDO:-} bash tools/pg.sh start "$pg/report")
report_rows+=$'\n'$(VAGVAL_BENCH_DATABASE_URL="$url" cargo run --release -q -p server --example report_bench)
bash tools/pg.sh stop "$pg/report"
rm -rf "$pg"
org_tables=$(python3 tools/org_table.py "$org")
rm -f "$org"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
base="http://127.0.0.1:$port"
VAGVAL_ADDR="127.0.0.1:$port" VAGVAL_DATABASE_URL="sqlite://$work/bench.db" VAGVAL_SECRET_KEY_FILE="$work/secret.key" VAGVAL_DEMO=1 VAGVAL_LOG=warn \
  target/release/server >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

curl -fs -H 'accept-language: sv' "$base/sign-in" -o "$work/sign-in.html"
curl -fs -D "$work/h" -o /dev/null -H "origin: $base" -H 'accept: application/json' \
  --data 'login=deltagare&password=demo-deltagare-2026' "$base/api/sign-in"
cookie=$(grep -i '^set-cookie: vagval_session=' "$work/h" | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/home" -o "$work/home.html"
# The CV editor: a contact form with the autosave island, the heaviest page a participant opens.
cv_id=$(curl -fs -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' -X POST "$base/api/start-cv")
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/cv/$cv_id/contact" -o "$work/editor.html"
# The coach's page after issuing an invitation: the copy buttons' script and a QR code.
curl -fs -D "$work/hc" -o /dev/null -H "origin: $base" -H 'accept: application/json' \
  --data 'login=coach&password=demo-coach-2026' "$base/api/sign-in"
coach=$(grep -i '^set-cookie: vagval_session=' "$work/hc" | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
curl -fs -o /dev/null -H "cookie: $coach" -H "origin: $base" -H 'accept: application/json' \
  --data 'display_name=Bench Person' "$base/api/create-participant"
curl -fs -H "cookie: $coach" -H 'accept-language: sv' "$base/invitation" -o "$work/invitation.html"
# A drop-in window all of today with the participant in its queue (the page with the
# queue island, and the one-line place its phones poll), and a language goal practised today.
today=$(TZ=Europe/Stockholm date +%F)
group=$(curl -fs -H "cookie: $coach" -H "origin: $base" -H 'accept: application/json' \
  --data "kind=dropin&day=$today&from=00:00&to=23:59" "$base/api/create-group")
curl -fs -o /dev/null -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
  --data "id=$group" "$base/api/queue"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/dropin" -o "$work/dropin.html"
goal=$(curl -fs -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
  --data-urlencode 'what=Prata svenska med kunder' --data 'per_week=3' "$base/api/save-goal")
curl -fs -o /dev/null -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
  --data "id=$goal" "$base/api/practised"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/goals/$goal" -o "$work/goal.html"
# "Mina språk" with Swedish rated and a mother tongue; the rating form (35 "I can" radios);
# "Mina styrkor" with three strengths, and the list of 60 to pick from.
for lang in 'language=Svenska&listening=B1&reading=A2&spokenInteraction=A2&spokenProduction=A2&writing=A1' \
  'language=Arabiska&native=on'; do
  curl -fs -o /dev/null -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
    --data "$lang" "$base/api/save-language"
done
curl -fs -o /dev/null -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
  --data 'pick-heart-reliable=on&pick-hands-cooking=on&pick-head-children=on' "$base/api/save-picks"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/languages" -o "$work/languages.html"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/languages/1" -o "$work/language.html"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/strengths" -o "$work/strengths.html"
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/strengths/pick" -o "$work/pick.html"
# Every part shared with the coach: the sharing page, and the coach's page about the person
# (every part read, "since the last meeting").
for part in strengths history languages goals; do
  curl -fs -o /dev/null -H "cookie: $cookie" -H "origin: $base" -H 'accept: application/json' \
    --data "part=$part&share=yes" "$base/api/save-sharing"
done
curl -fs -H "cookie: $cookie" -H 'accept-language: sv' "$base/sharing" -o "$work/sharing.html"
person=$(curl -fs -H "cookie: $coach" -H 'accept-language: sv' "$base/coach" | grep -o '/coach/participants/[0-9]*' | head -1)
curl -fs -H "cookie: $coach" -H 'accept-language: sv' "$base$person" -o "$work/person.html"

pkg=target/site/pkg
css=$(ls $pkg/*.css | grep -v '\.gz$\|\.br$' | head -1)
js=$(ls $pkg/*.js | grep -v '\.gz$\|\.br$' | head -1)
wasm=$(ls $pkg/*.wasm | grep -v '\.gz$\|\.br$' | head -1)
# Every page loads the service worker's registration (issue 28); the worker itself and the
# files it keeps are fetched after the page, once per release.
reg=target/site/register-sw.js

# path, cookie-or-empty → one table row. Only answered 2xx/3xx responses count as served:
# wrk's "Non-2xx or 3xx responses" and its socket errors (a connection dropped without an
# answer) are reported beside the rate, never inside it.
load() {
  local out
  local args=(-t2 -c32 -d10s --latency)
  if [ -n "$2" ]; then out=$(wrk "${args[@]}" -H "cookie: $2" "$base$1"); else out=$(wrk "${args[@]}" "$base$1"); fi
  local total secs non2xx errors ok rps p99
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  secs=$(awk '/requests in/ {gsub("s,", "", $4); print $4}' <<<"$out")
  non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  non2xx=${non2xx:-0}; errors=${errors:-0}
  ok=$((total - non2xx))
  rps=$(python3 -c "print(round($ok / $secs))")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "| $1 | $rps | $ok | $non2xx | $errors | $p99 |"
}

lighthouse_row() { # path, cookie-or-empty
  local headers='{}'
  [ -n "$2" ] && headers="{\"Cookie\": \"$2\"}"
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "$base$1" --quiet --output=json \
    --output-path="$work/lh.json" --extra-headers="$headers" --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    >/dev/null 2>&1 || { echo "| $1 | lighthouse failed | | | | | |"; return; }
  node -e 'const j=require(process.argv[1]); const r=j.categories; const s=k=>Math.round(r[k].score*100);
    const ms=k=>(j.audits[k].numericValue/1000).toFixed(2)+" s";
    console.log(`| ${process.argv[2]} | ${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`)' \
    "$work/lh.json" "$1"
}

{
  echo "<!-- bench:start -->"
  echo "## Page weight and throughput ($(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m))"
  echo
  echo "Bytes as served (HTML is rendered per request and compressed on the fly; CSS/JS/WASM"
  echo "are precompressed at build time). Gzip level 9, brotli quality 11. Every first load"
  echo "includes \`/register-sw.js\`, the service worker's registration."
  echo
  echo "| file | raw | gzip | brotli |"
  echo "|---|---:|---:|---:|"
  node tools/sizes.mjs "sign-in HTML=$work/sign-in.html" "participant home HTML=$work/home.html" \
    "CV editor HTML (/cv/ID/contact)=$work/editor.html" \
    "CSS ($(basename "$css"))=$css" "JS ($(basename "$js"))=$js" "WASM ($(basename "$wasm"))=$wasm" \
    "service worker registration (register-sw.js)=$reg"
  node tools/sizes.mjs --total "CV editor first load: HTML + CSS + JS + WASM" "$work/editor.html" "$css" "$js" "$wasm" "$reg"
  node tools/sizes.mjs "issued invitation HTML (/invitation, with its QR code)=$work/invitation.html"
  node tools/sizes.mjs --total "issued invitation first load: HTML + CSS + copy.js (no WASM)" "$work/invitation.html" "$css" target/site/copy.js "$reg"
  node tools/sizes.mjs --total "drop-in queue first load (/dropin): HTML + CSS + JS + WASM" "$work/dropin.html" "$css" "$js" "$wasm" "$reg"
  node tools/sizes.mjs --total "language goal first load (/goals/ID, with its SVG chart): HTML + CSS" "$work/goal.html" "$css" "$reg"
  node tools/sizes.mjs --total "Mina språk first load (/languages): HTML + CSS" "$work/languages.html" "$css" "$reg"
  node tools/sizes.mjs --total "a language's rating form first load (/languages/1): HTML + CSS" "$work/language.html" "$css" "$reg"
  node tools/sizes.mjs --total "Mina styrkor first load (/strengths): HTML + CSS" "$work/strengths.html" "$css" "$reg"
  node tools/sizes.mjs --total "strengths to pick first load (/strengths/pick): HTML + CSS" "$work/pick.html" "$css" "$reg"
  node tools/sizes.mjs --total "sharing, every part (/sharing): HTML + CSS" "$work/sharing.html" "$css" "$reg"
  node tools/sizes.mjs --total "the coach's page about a person sharing every part: HTML + CSS" "$work/person.html" "$css" "$reg"
  echo
  echo "Load: \`wrk -t2 -c32 -d10s\` on loopback, server and load generator sharing the machine,"
  echo "one signed-in participant. Only answered 2xx/3xx responses count as served; other answers"
  echo "and connections dropped without an answer (socket errors) are counted beside them."
  echo
  echo "| page | served/s (2xx/3xx) | served | other answers | dropped | p99 latency |"
  echo "|---|---:|---:|---:|---:|---:|"
  load /sign-in ""
  load /home "$cookie"
  load "/cv/$cv_id" "$cookie"
  load "/cv/$cv_id/contact" "$cookie"
  load "/cv/$cv_id/work" "$cookie"
  load "/dropin/$group/place" "$cookie"
  load "/goals/$goal" "$cookie"
  load "/languages" "$cookie"
  load "/strengths" "$cookie"
  load "/sharing" "$cookie"
  load "$person" "$coach"
  echo
  echo "Server log after the load runs: $(grep -c 'panicked' "$work/server.log" || true) panics."
  echo
  # Memory after a burst of password hashes (19 MiB each): it must come back.
  rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
  before=$(rss)
  burst_ok=$(seq 300 | xargs -P8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "origin: $base" \
    -H 'accept: application/json' --data 'login=deltagare&password=demo-deltagare-2026' \
    "$base/api/sign-in" | grep -c '^200$' || true)
  after=$(rss)
  sleep 10
  later=$(rss)
  echo "Memory (resident, MiB) around a burst of 300 hashed sign-ins (8 at a time, $burst_ok answered 200):"
  echo
  echo "| before | right after | 10 s later |"
  echo "|---:|---:|---:|"
  echo "| $before | $after | $later |"
  echo
  echo "Lighthouse 12, mobile emulation (Moto G Power, slow 4G, 4x CPU slowdown), Debian Chromium;"
  echo "signed in (the demo participant; the issued invitation as the demo coach), the CV editor's"
  echo "autosave pages among them:"
  echo
  echo "| page | first paint | largest paint (LCP) | performance | accessibility | best practices | SEO |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  lighthouse_row /sign-in ""
  lighthouse_row /home "$cookie"
  lighthouse_row /bookings "$cookie"
  lighthouse_row "/cv/$cv_id/contact" "$cookie"
  lighthouse_row "/cv/$cv_id/work/new" "$cookie"
  lighthouse_row /invitation "$coach"
  echo
  echo "Booking (\`cargo run --release -p server --example booking_bench\`): the portal in the"
  echo "load generator's process on a loopback port, 2,400 signed-in participants booking"
  echo "distinct times of one coach, then the free-times page of a day; on a throwaway SQLite"
  echo "file (every write a \`BEGIN IMMEDIATE\` transaction, queued in-process), then on a"
  echo "throwaway PostgreSQL cluster on the same machine (every write taking the deployment's"
  echo "advisory write lock) with one instance and with two, requests taking turns between them."
  echo
  echo "| request | served/s (2xx) | served | other answers | dropped | p50 | p99 |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  echo "$booking_rows"
  echo
  echo "A year of a large organisation (\`cargo run --release -p server --example org_bench\`):"
  echo "200 coaches and 10,000 participants seeded through the stores, each participant with a CV,"
  echo "strengths and languages, everything shared with their coach, a goal with 100 practice"
  echo "days, 40 meetings, 10 notes and 200 access-log entries. Then 64 participants, 16 of"
  echo "their coaches and the administrator, signed in, open every page 320 times, 16 requests"
  echo "in flight, the portal in the load generator's process. The first column is the same"
  echo "organisation at 1 % (2 coaches, 100 participants, each person's own data the same):"
  echo "a page slower in the full columns costs more as the organisation grows."
  echo
  echo "$org_tables"
  echo
  echo "The programme report (\`cargo run --release -p server --example report_bench\`): the"
  echo "store's counts for one quarter (Q3 2026), the SQL behind \`/admin/report\`, \`/coach/report\`"
  echo "and \`/report.csv\`, on an organisation seeded with SQL over two years: 200 coaches and"
  echo "10,000 participants, ten outcome events, two employer contacts and four meetings each;"
  echo "then ten times that (2,000 coaches, 100,000 participants, a million events). Seven runs each."
  echo
  echo "| engine | participants | events | report for | seeding | p50 | max |"
  echo "|---|---:|---:|---|---:|---:|---:|"
  echo "$report_rows"
  echo
  echo "CV PDF (\`cv-pdf\`, Typst 0.15.1, A4 PDF/UA-1): \`cargo run --release -p cv-pdf --example pdf_bench\`,"
  echo "50 renders of \`cv-pdf/tests/fixtures/two-page.json\` on one thread, each with an empty memo cache."
  echo
  echo "| document | p50 ms | p99 ms | max ms | peak RSS MiB | pages | bytes |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  echo "$pdf_row"
  echo "<!-- bench:end -->"
} >"$work/section.md"

cat "$work/section.md"
python3 - "$work/section.md" <<'PY'
import re, sys, pathlib
section = pathlib.Path(sys.argv[1]).read_text()
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text() if path.exists() else "# Benchmarks\n\n"
if "<!-- bench:start -->" in text:
    text = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->\n?", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
path.write_text(text)
PY
