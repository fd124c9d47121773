#!/usr/bin/env bash
# Scores Corroborate on the gold data sets with the reference scorer.
#
#   scripts/eval.sh [SHARED_DIR] [TASK...]
#
# SHARED_DIR holds data/ and eval/ (default: ../shared). TASKs: quotes times ner figures
# figures-quantulum stories html (default: all). Builds the release binary first. Prints each
# scorer table; the last line of each is `SCORE key=value …`.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
shift || true
tasks=("$@")
[ ${#tasks[@]} -gt 0 ] || tasks=(quotes times ner figures figures-quantulum stories html)
eval_dir="$shared/eval"
data="$shared/data"
[ -f "$eval_dir/score.py" ] || { echo "eval.sh: no scorer at $eval_dir/score.py" >&2; exit 2; }

swift build -c release --product corroborate >&2
bin=$(swift build -c release --show-bin-path)/corroborate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
    local task=$1 gold=$2 label=$3
    echo "== $label"
    python3 "$eval_dir/make_input.py" "$task" --gold "$gold" > "$work/in.jsonl" 2> /dev/null
    local start=$(date +%s.%N)
    "$bin" analyze "$work/in.jsonl" --format json --compact > "$work/out.json" 2> "$work/err.txt" || true
    local end=$(date +%s.%N)
    python3 "$eval_dir/score.py" "$task" --gold "$gold" --pred "$work/out.json"
    printf 'analysis time: %.2f s; input errors: %s\n\n' "$(echo "$end - $start" | bc)" "$(grep -c . "$work/err.txt" || true)"
}

for t in "${tasks[@]}"; do
    case $t in
        quotes) run quotes "$data/quotes/polnear/dev" "quotes: PolNeAR dev" ;;
        times) run times "$data/temporal/TBAQ-cleaned" "times: TimeBank + AQUAINT" ;;
        ner) run ner "$data/ner/conllpp/conllpp_dev.txt" "entities: CoNLL-2003 dev" ;;
        figures) run figures "$data/numbers/newsquant/NewsQuant-dev.json" "figures: NewsQuant (half)" ;;
        figures-quantulum) run figures "$data/numbers/quantulum3/quantulum3/_lang/en_US/tests/quantities.json" "figures: quantulum3 tests" ;;
        stories) run stories "$data/clusters/ecbplus" "stories: ECB+ topics 1-22" ;;
        html) run html "$data/html/l3s-gn1" "html: L3S-GN1" ;;
        *) echo "eval.sh: unknown task $t" >&2; exit 2 ;;
    esac
done
