#!/usr/bin/env bash
# The report check: writes the self-contained HTML report of the sample corpus, plus one of a
# story whose articles are hostile (script, iframe and event-handler markup in their text,
# headline and outlet), checks that neither file can load or run anything, and screenshots both
# in headless Chromium to look at.
#
#   swift build -c release && scripts/report-check.sh [OUT_DIR]
#
# Needs chromium from Debian's packages (apt-get install -y chromium) for the screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
bin=${BIN:-.build/release/corroborate}
mkdir -p "$out"
work=$(mktemp -d /tmp/corroborate-report.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$bin" analyze Samples/ --format html -o "$out/report-samples.html"

cat >"$work/hostile.jsonl" <<'JSONL'
{"id": "hostile-1", "published": "2026-02-02", "outlet": "<b onmouseover=alert(1)>evil.example</b>", "title": "Dam <script>alert('title')</script> report", "text": "Mayor Ana Ruiz said the Korvo dam held on Sunday.<script>alert(1)</script>\n\n\"It held,\" she said. <iframe src=\"https://tracker.example/x\"></iframe> About 300 homes were flooded, officials said.\n\n<img src=x onerror=alert(2)> The Korvo water authority said 14 people were killed."}
{"id": "hostile-2", "published": "2026-02-03", "outlet": "calm.example", "title": "Korvo dam held, mayor says", "text": "Mayor Ana Ruiz said on Monday that the Korvo dam held through the storm.\n\nAbout 320 homes were flooded in Korvo, officials said.\n\nThe Korvo water authority said 16 people were killed."}
JSONL
"$bin" analyze "$work/hostile.jsonl" --format html -o "$out/report-hostile.html"

status=0
for f in "$out/report-samples.html" "$out/report-hostile.html"; do
    # Parse the page as a browser would and list anything that could load or run: script,
    # frame, image, object, embed or link elements, event-handler attributes, src attributes,
    # javascript: addresses. Escaped text (`&lt;script&gt;`) is text, and is fine.
    if problems=$(python3 - "$f" <<'PY'
import sys
from html.parser import HTMLParser
class Check(HTMLParser):
    found = []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "img", "object", "embed", "link", "frame", "video", "audio", "source"):
            self.found.append(f"<{tag}> at line {self.getpos()[0]}")
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "srcset") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{name}= on <{tag}> at line {self.getpos()[0]}")
c = Check()
c.feed(open(sys.argv[1], encoding="utf-8").read())
print("\n".join(c.found))
sys.exit(1 if c.found else 0)
PY
    ); then
        echo "ok: $f loads and runs nothing ($(wc -c <"$f") bytes)"
    else
        echo "FAIL: $f can load or run something:" >&2
        echo "$problems" | head >&2
        status=1
    fi
done

if command -v chromium >/dev/null; then
    for name in report-samples report-hostile; do
        chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
            --screenshot="$out/$name.png" "file://$(realpath "$out/$name.html")" 2>/dev/null
        echo "screenshot: $out/$name.png"
    done
else
    echo "chromium not installed: apt-get install -y chromium" >&2
fi
exit $status
