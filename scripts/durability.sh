#!/usr/bin/env bash
# The durability check: `corroborate ingest` killed with SIGKILL at random points, again and
# again, must leave a SQLite collection that is consistent and holds every batch the ingest
# reported as committed; a last ingest then completes the collection.
#
#   swift build -c release && scripts/durability.sh [KILLS] [ARTICLES]
#
# The corpus is split into KILLS parts; round k ingests parts 1…k (earlier parts are already
# stored and skipped, what a killed round left queued is finished), so every round has new
# articles to write when the kill lands.
#
# Needs python3 (its sqlite3 module reads the collection independently of corroborate).
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
articles=${2:-20000}
bin=${BIN:-.build/release/corroborate}
work=$(mktemp -d /tmp/corroborate-durability.XXXXXX)
trap 'rm -rf "$work"' EXIT
db="$work/collection.sqlite"

# A corpus of short invented reports: several outlets per event, every text distinct.
python3 - "$work/corpus" "$articles" "$kills" <<'PY'
import os, random, sys
out, n, parts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for p in range(parts): os.makedirs(f"{out}/part{p + 1:03d}")
rng = random.Random(7)
syll = ["ka", "lo", "mi", "ren", "sto", "val", "dru", "nes", "tor", "bai", "qua", "zel"]
kinds = ["flood", "fire", "strike", "storm", "landslide", "outbreak"]
def name(k): return "".join(rng.choice(syll) for _ in range(k)).capitalize()
i = 0
while i < n:
    place, person, kind = name(3), name(2) + " " + name(3), rng.choice(kinds)
    day = rng.randint(1, 28)
    for r in range(rng.randint(3, 6)):
        if i >= n: break
        text = (f"date 2026-04-{day:02d}\n{kind.capitalize()} hits {place}\n\n"
                f"The {kind} in {place} left {rng.randint(5, 400)} people injured, {person} said on Monday. "
                f"\"We are reaching every family in {place},\" {person} told reporters. "
                f"Crews from outlet {r} worked through the night near {place} (report {i}).\n\n"
                f"Original URL: https://outlet{r}.example/{place.lower()}-{i}\n")
        with open(f"{out}/part{i * parts // n + 1:03d}/a{i:06d}.txt", "w") as f: f.write(text)
        i += 1
PY

check() {
    python3 - "$db" "$1" <<'PY'
import sqlite3, sys
db, committed = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db)
one = lambda q: c.execute(q).fetchone()[0]
problems = []
if one("PRAGMA integrity_check") != "ok": problems.append("integrity_check failed")
try:
    c.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
except sqlite3.DatabaseError as e:
    problems.append(f"full-text index: {e}")
meta = dict(c.execute("SELECT key, value FROM meta"))
articles = one("SELECT count(*) FROM articles")
if meta["articles"] != articles: problems.append(f"meta says {meta['articles']} articles, table has {articles}")
if meta["indexArticles"] != articles: problems.append(f"story index placed {meta['indexArticles']}, table has {articles}")
if one("SELECT count(*) FROM articles_fts") != articles: problems.append("search index and articles differ")
stories = one("SELECT count(*) FROM stories")
if meta["stories"] != stories: problems.append(f"meta says {meta['stories']} stories, table has {stories}")
if one("SELECT count(DISTINCT story) FROM articles") != stories: problems.append("articles point to missing stories")
if one("SELECT coalesce(sum(articles), 0) FROM stories") != articles: problems.append("story sizes do not add up")
if one("SELECT count(*) FROM story_profiles") != stories: problems.append("story profiles and stories differ")
if one("SELECT count(*) FROM inputs i WHERE status = 1 AND notices IS NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.input = i.id)"):
    problems.append("a processed input has no article")
if articles < committed: problems.append(f"{committed} articles were reported committed, {articles} remain")
print(f"{articles} articles, {stories} stories, {one('SELECT count(*) FROM inputs WHERE status = 0')} queued"
      + ("" if not problems else " -- " + "; ".join(problems)))
sys.exit(1 if problems else 0)
PY
}

failures=0
for k in $(seq 1 "$kills"); do
    log="$work/ingest.log"
    parts=$(for p in $(seq 1 "$k"); do printf '%s/corpus/part%03d ' "$work" "$p"; done)
    # shellcheck disable=SC2086
    "$bin" ingest --db "$db" --jobs 1 --batch-size 50 $parts >/dev/null 2>"$log" &
    pid=$!
    # Somewhere between opening the file and the middle of a batch.
    sleep "$(python3 -c "import random; print(round(random.uniform(0.05, 1.5), 3))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    committed=$(grep -o 'collection: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    committed=${committed:-0}
    printf 'kill %3d after %5s committed: ' "$k" "$committed"
    check "$committed" || failures=$((failures + 1))
done
echo "final ingest, not killed:"
"$bin" ingest --db "$db" --jobs 1 --quiet "$work/corpus" | tail -1
check "$articles" || failures=$((failures + 1))
"$bin" stories --db "$db" --limit 3
echo "kills: $kills, failed checks: $failures"
[ "$failures" = 0 ]
