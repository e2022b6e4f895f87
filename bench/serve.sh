#!/usr/bin/env bash
# Speed of 'loadwise serve' (docs/benchmarks.md): time to the first answer after start, POST /api/handout warm
# (median of sequential calls), 8 concurrent handouts (handouts per second), a page view (median).
# Usage: bench/serve.sh [java options...]   e.g. bench/serve.sh -XX:TieredStopAtLevel=1
#        LAUNCHER=1 bench/serve.sh          runs ./loadwise serve (its class-data-sharing archive and JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/loadwise.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
port=$((20000 + RANDOM % 20000))
ws="$(mktemp -d)"
seed=seeds/physio-gluteal-tendinopathy.yaml
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
t0=$(now)
if [ -n "${LAUNCHER:-}" ]; then
  ./loadwise serve --port "$port" --workspace "$ws" >/dev/null 2>&1 &
else
  java "$@" -jar "$jar" serve --port "$port" --workspace "$ws" >/dev/null 2>&1 &
fi
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$ws"' EXIT
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.02; done
echo "first answer after start: $(( ($(now) - t0) / 1000000 )) ms"
first=$(curl -sf -o /dev/null -w '%{time_total}' -H 'Content-Type: application/yaml' --data-binary @"$seed" \
  "http://127.0.0.1:$port/api/handout")
echo "first POST /api/handout (cold): $first s; start to first PDF: $(( ($(now) - t0) / 1000000 )) ms"
handout() { curl -sf -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/yaml' --data-binary @"$seed" \
  "http://127.0.0.1:$port/api/handout"; }
for _ in $(seq 60); do handout >/dev/null; done
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
c0=$(cpu)
echo "POST /api/handout, warm, median of 30: $(for _ in $(seq 30); do handout; done | median) s"
echo "  server CPU per handout: $(( ($(cpu) - c0) * 1000 / $(getconf CLK_TCK) / 30 )) ms; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
t1=$(now)
seq 40 | xargs -P 8 -I{} curl -sf -o /dev/null -H 'Content-Type: application/yaml' --data-binary @"$seed" \
  "http://127.0.0.1:$port/api/handout"
ms=$(( ($(now) - t1) / 1000000 ))
echo "8 concurrent: 40 handouts in $ms ms = $(awk "BEGIN {printf \"%.1f\", 40000 / $ms}") handouts/s"
mkdir -p "$ws/clients" && cp "$seed" "$ws/clients/zoe.yaml"
page() { curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/clients/zoe"; }
for _ in $(seq 20); do page >/dev/null; done
echo "GET /clients/zoe (plan page), warm, median of 50: $(for _ in $(seq 50); do page; done | median) s"
echo "GET /clients (list), warm, median of 50: $(for _ in $(seq 50); do curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/clients"; done | median) s"
