#!/usr/bin/env bash
# The server checks: fills a collection, serves it on 127.0.0.1, validates /openapi.json,
# runs wrk against the story API (requests/s, errors, p99 latency), and loads the story list,
# a story page and an article page in headless Chromium for screenshots to look at.
#
#   swift build -c release && scripts/serve-checks.sh [OUT_DIR]
#
# Needs wrk and chromium from Debian's packages (apt-get install -y wrk chromium) and
# openapi-spec-validator from PyPI (pip install openapi-spec-validator).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
bin=${BIN:-.build/release/corroborate}
port=${PORT:-18080}
duration=${DURATION:-15s}
work=$(mktemp -d /tmp/corroborate-serve.XXXXXX)
mkdir -p "$out"
db="$work/collection.sqlite"
"$bin" ingest --db "$db" --quiet Samples/ >/dev/null
"$bin" serve --db "$db" --port "$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/api/collection" >/dev/null 2>&1 && break
    sleep 0.1
done

if command -v openapi-spec-validator >/dev/null; then
    curl -fs "http://127.0.0.1:$port/openapi.json" >"$out/openapi.json"
    openapi-spec-validator "$out/openapi.json"
else
    echo "openapi-spec-validator not installed: pip install openapi-spec-validator" >&2
fi

for path in /api/stories/s1 /api/stories; do
    echo "wrk $path:"
    wrk -t2 -c32 -d"$duration" --latency "http://127.0.0.1:$port$path" | tee "$work/wrk.txt" \
        | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|99)%|requests in'
done

if command -v chromium >/dev/null; then
    for page in "" stories/s1 articles/ledger-dam-breach "search?q=dam+breach"; do
        name=$(echo "${page:-index}" | tr '/?=+' '----')
        chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
            --screenshot="$out/$name.png" "http://127.0.0.1:$port/$page" 2>/dev/null
        echo "screenshot: $out/$name.png"
    done
else
    echo "chromium not installed: apt-get install -y chromium" >&2
fi
