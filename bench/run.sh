#!/usr/bin/env bash
# Whole-process benchmarks (issue 7). Times, RUNS times each (default 5):
#   - a cold ~4-page client handout through ./loadwise (bench/short-client.yaml on bench/blueprints/bench-short.yaml)
#     and the 23-page seed handout, each against headless Chromium printing the same XHTML (the outside reference);
#   - team batches: 24 athletes on 1 and 2 threads, 200 athletes (a roster generated here) on 2 threads;
#   - warm, in one process: the 23-page handout's XHTML to PDF (bench/WarmRender.java), the same text written with raw
#     PDFBox and no layout, and a Chromium kept running printing the same XHTML (bench/chromium-warm.mjs).
# Writes the results between the markers in docs/benchmarks.md. Installs nothing: a missing tool skips its rows and
# says how to install it.
# Usage: bench/run.sh [RUNS]        LOADWISE_JAVA_OPTS and the launcher's settings apply as for any ./loadwise run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-5}"
warm_runs=$((runs < 10 ? 10 : runs))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
doc="docs/benchmarks.md"
rows="$work/rows"
notes="$work/notes"
: >"$rows"
: >"$notes"
load_before="$(cut -d" " -f1-3 /proc/loadavg)"

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh needs GNU time for peak RSS: apt-get install -y time" >&2
  exit 2
fi
chromium="$(command -v chromium || command -v chromium-browser || true)"

# --- inputs ------------------------------------------------------------------------------------------------------
# the bench library layer: the bench-short blueprint plus the one exercise it uses (a layer needs an exercise file)
lib="$work/bench-library"
mkdir -p "$lib/exercises" "$lib/blueprints"
cp bench/blueprints/*.yaml "$lib/blueprints/"
cp exercise-library/exercises/isometric-abduction-hold.yaml "$lib/exercises/"
short=(bench/short-client.yaml --library "$lib")
seed=(seeds/physio-gluteal-tendinopathy.yaml)

# a 200-athlete roster: the seed roster's 24 rows repeated with numbered names, next to a copy of the team profile
awk 'NR == 1 { print; next } { row[++n] = $0 }
  END { for (i = 1; i <= 200; i++) { r = row[(i - 1) % n + 1]; c = index(r, ","); print substr(r, 1, c - 1) " " i substr(r, c) } }' \
  seeds/coach-team-roster.csv >"$work/team-200.csv"
sed 's/^roster: .*/roster: team-200.csv/' seeds/coach-team-preseason.yaml >"$work/team-200.yaml"

# build (and let the launcher do its first-run set-up) outside the timings
./loadwise handout "${short[@]}" -o "$work/warm-up.pdf" 2>/dev/null
./loadwise handout "${short[@]}" --format html -o "$work/short.xhtml" 2>/dev/null
./loadwise handout "${seed[@]}" --format html -o "$work/seed.xhtml" 2>/dev/null
./loadwise handout "${seed[@]}" -o "$work/seed.pdf" 2>/dev/null
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true; }

# --- helpers -----------------------------------------------------------------------------------------------------
# stats FILE: "median min max" of the numbers in FILE (one per line)
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}
# once KEY LABEL COMMAND...: runs COMMAND once under /usr/bin/time, adding its wall seconds, peak RSS and CPU to KEY
once() {
  local key="$1" label="$2"
  shift 2
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.out" "$@" >/dev/null 2>"$work/$key.err" || {
    echo "bench/run.sh: '$label' failed:" >&2
    cat "$work/$key.err" >&2
    return 1
  }
  tail -1 "$work/time.out" | awk '{ print $1 >> "'"$work/$key.t"'"; print $2 >> "'"$work/$key.m"'";
    print $3 + $4 >> "'"$work/$key.c"'" }'
}
# summarize KEY LABEL: the row of KEY's runs (median, min and max wall time, peak RSS, median CPU)
summarize() {
  local key="$1" label="$2"
  read -r med min max < <(stats "$work/$key.t")
  read -r cpu _ _ < <(stats "$work/$key.c")
  rss="$(sort -g "$work/$key.m" | tail -1)"
  printf '%s|%s|%s|%s|%s|%s|%s\n' "$key" "$label" "$med" "$min" "$max" "$((rss / 1024))" "$cpu" >>"$rows"
  echo "  $label: median $med s (min $min, max $max), CPU $cpu s, peak RSS $((rss / 1024)) MB" >&2
}
fresh() { for k in "$@"; do : >"$work/$k.t"; : >"$work/$k.m"; : >"$work/$k.c"; done; }
# measure KEY LABEL COMMAND...: runs COMMAND $runs times under /usr/bin/time; records wall seconds and peak RSS
measure() {
  local key="$1" label="$2"
  shift 2
  fresh "$key"
  for _ in $(seq "$runs"); do
    once "$key" "$label" "$@" || return 1
  done
  summarize "$key" "$label"
}
# pair KEY1 LABEL1 KEY2 LABEL2 "COMMAND1" "COMMAND2": the two commands run in turn, $runs times each, so that the
# machine's load (shared with other builds) weighs on both alike; each COMMAND is one string, split on spaces (the
# paths in them are this folder's and mktemp's)
pair() {
  local k1="$1" l1="$2" k2="$3" l2="$4" c1="$5" c2="$6"
  fresh "$k1" "$k2"
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    once "$k1" "$l1" $c1 || return 1
    # shellcheck disable=SC2086
    once "$k2" "$l2" $c2 || return 1
  done
  summarize "$k1" "$l1"
  summarize "$k2" "$l2"
}
# record KEY LABEL FILE-OF-MILLISECONDS: a warm, in-process row (no RSS)
record() {
  local key="$1" label="$2"
  read -r med min max < <(stats "$3")
  printf '%s|%s|%s|%s|%s|%s|%s\n' "$key" "$label" \
    "$(awk -v v="$med" 'BEGIN { printf "%.3f", v / 1000 }')" \
    "$(awk -v v="$min" 'BEGIN { printf "%.3f", v / 1000 }')" \
    "$(awk -v v="$max" 'BEGIN { printf "%.3f", v / 1000 }')" "–" "–" >>"$rows"
  echo "  $label: median $med ms (min $min, max $max)" >&2
}
median_of() { awk -F'|' -v k="$1" '$1 == k { print $3 }' "$rows"; }
ratio() {
  local a b
  a="$(median_of "$1")"
  b="$(median_of "$2")"
  if [ -n "$a" ] && [ -n "$b" ]; then awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }'; else echo "n/a"; fi
}
cpu_ratio() {
  local a b
  a="$(awk -F'|' -v k="$1" '$1 == k { print $7 }' "$rows")"
  b="$(awk -F'|' -v k="$2" '$1 == k { print $7 }' "$rows")"
  if [ -n "$a" ] && [ -n "$b" ]; then awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }'; else echo "n/a"; fi
}
chrome=("$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer)

# --- cold processes ----------------------------------------------------------------------------------------------
echo "bench/run.sh: $runs runs each ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
if [ -n "$chromium" ]; then
  "${chrome[@]}" --print-to-pdf="$work/c4.pdf" "$work/short.xhtml" >/dev/null 2>&1 || true # first start: profile
  "${chrome[@]}" --print-to-pdf="$work/c23.pdf" "$work/seed.xhtml" >/dev/null 2>&1 || true
  pair handout4 "cold handout, $(pages "$work/warm-up.pdf") pages (./loadwise handout bench/short-client.yaml)" \
    chrome4 "Chromium --headless --print-to-pdf, same XHTML ($(pages "$work/c4.pdf") pages)" \
    "./loadwise handout ${short[*]} -o $work/h4.pdf" \
    "${chrome[*]} --print-to-pdf=$work/c4.pdf $work/short.xhtml"
  pair handout23 "cold handout, $(pages "$work/seed.pdf") pages (./loadwise handout ${seed[0]})" \
    chrome23 "Chromium --headless --print-to-pdf, same XHTML ($(pages "$work/c23.pdf") pages)" \
    "./loadwise handout ${seed[*]} -o $work/h23.pdf" \
    "${chrome[*]} --print-to-pdf=$work/c23.pdf $work/seed.xhtml"
else
  echo "Chromium rows skipped: chromium is not installed (apt-get update && apt-get install -y chromium)." >>"$notes"
  measure handout4 "cold handout, $(pages "$work/warm-up.pdf") pages (./loadwise handout bench/short-client.yaml)" \
    ./loadwise handout "${short[@]}" -o "$work/h4.pdf"
  measure handout23 "cold handout, $(pages "$work/seed.pdf") pages (./loadwise handout ${seed[0]})" \
    ./loadwise handout "${seed[@]}" -o "$work/h23.pdf"
fi

# --- team batches ------------------------------------------------------------------------------------------------
measure team24t1 "team of 24, --threads 1" ./loadwise team seeds/coach-team-preseason.yaml --out-dir "$work/t1" --threads 1
measure team24t2 "team of 24, --threads 2" ./loadwise team seeds/coach-team-preseason.yaml --out-dir "$work/t2" --threads 2
measure team200 "team of 200, --threads 2" ./loadwise team "$work/team-200.yaml" --out-dir "$work/t200" --threads 2

# --- warm, in one process ----------------------------------------------------------------------------------------
echo "  warm renders ($warm_runs after $warm_runs warm-up) ..." >&2
# shellcheck disable=SC2086
java ${LOADWISE_JAVA_OPTS:-} -cp target/loadwise.jar bench/WarmRender.java "$work/seed.xhtml" "$warm_runs" "$warm_runs" \
  >"$work/warm.out"
awk '$1 == "render" { for (i = 2; i <= NF; i++) print $i }' "$work/warm.out" >"$work/warm-render.ms"
awk '$1 == "pdfbox" { for (i = 2; i <= NF; i++) print $i }' "$work/warm.out" >"$work/warm-pdfbox.ms"
record warmrender "warm render, 23-page handout XHTML to PDF (PdfWriter, in process)" "$work/warm-render.ms"
record warmpdfbox "warm raw PDFBox, same text, no layout (lower bound)" "$work/warm-pdfbox.ms"
if [ -n "$chromium" ] && [ -d bench/node_modules/puppeteer-core ]; then
  CHROMIUM="$chromium" node bench/chromium-warm.mjs "$work/seed.xhtml" "$work/cw.pdf" "$warm_runs" "$warm_runs" \
    >"$work/warm-chrome.ms"
  record warmchrome "warm Chromium kept running (puppeteer-core), same XHTML, load + print" "$work/warm-chrome.ms"
elif [ -n "$chromium" ]; then
  echo "Warm Chromium row skipped: puppeteer-core is not installed (npm ci --prefix bench)." >>"$notes"
fi

# --- the report --------------------------------------------------------------------------------------------------
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
mem="$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
per24="$(awk -v t="$(median_of team24t2)" 'BEGIN { printf "%.3f", t / 24 }')"
per200="$(awk -v t="$(median_of team200)" 'BEGIN { printf "%.3f", t / 200 }')"
{
  echo "<!-- bench/run.sh: begin (generated; edit the script, not this part) -->"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'): $cpu, $(nproc) cores, $mem; load average before/after:"
  echo "$load_before / $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared, so compare ratios from one run);"
  echo "$(java -version 2>&1 | head -1)${chromium:+; $("$chromium" --version 2>/dev/null | head -1)};"
  echo "LOADWISE_JAVA_OPTS='${LOADWISE_JAVA_OPTS:-}'. Cold rows: $runs runs each (a handout and Chromium's print of it"
  echo "in turn), wall time and peak RSS from \`/usr/bin/time\` (for Chromium the largest single process). Warm rows:"
  echo "$warm_runs runs after $warm_runs warm-up runs."
  echo
  echo "| What | median s | min s | max s | peak RSS MB | median CPU s (user+sys) |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }' "$rows"
  echo
  echo "| Ratio (same run) | value | target |"
  echo "|---|---:|---|"
  echo "| cold 4-page handout / Chromium cold, same XHTML | $(ratio handout4 chrome4) | ≤ 0.8 |"
  echo "| cold 23-page handout / Chromium cold, same XHTML | $(ratio handout23 chrome23) | – |"
  echo "| warm 23-page render / Chromium kept running | $(ratio warmrender warmchrome) | ≤ 1 |"
  echo "| warm 23-page render / raw PDFBox, no layout | $(ratio warmrender warmpdfbox) | ≤ 5 |"
  echo "| team of 24, 1 thread / 2 threads (speed-up) | $(ratio team24t1 team24t2) | ≥ 1.6 |"
  echo "| team of 24, CPU s 2 threads / 1 thread (extra work from threading) | $(cpu_ratio team24t2 team24t1) | – |"
  echo "| team of 24, 2 threads, wall s | $(median_of team24t2) | < 4 |"
  echo "| team of 24, 2 threads / Chromium cold, 23-page XHTML (the host's speed taken out) | $(ratio team24t2 chrome23) | < 3.0 (4 s where Chromium prints it in 1.34 s, as on 2026-11-26) |"
  echo "| seconds per athlete: 200 / 24 athletes (2 threads) | $per200 / $per24 | linear: about equal |"
  echo "| team of 200, peak RSS MB | $(awk -F'|' '$1 == "team200" { print $6 }' "$rows") | < 512 |"
  if [ -s "$notes" ]; then
    echo
    sed 's/^/- /' "$notes"
  fi
  echo
  echo "<!-- bench/run.sh: end -->"
} >"$work/report.md"
if grep -q '<!-- bench/run.sh: begin' "$doc" 2>/dev/null; then
  awk -v report="$work/report.md" '
    /<!-- bench\/run.sh: begin/ { while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- bench\/run.sh: end -->/ { skip = 0; next }
    !skip { print }' "$doc" >"$work/doc.md"
else
  { cat "$doc" 2>/dev/null; echo; echo "## Latest bench/run.sh results"; echo; cat "$work/report.md"; } >"$work/doc.md"
fi
cp "$work/doc.md" "$doc"
cat "$work/report.md"
