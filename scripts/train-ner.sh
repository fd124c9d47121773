#!/usr/bin/env bash
# Trains the entity tagger shipped in Sources/CorroborateModels/Resources/ner.cner.
#
#   scripts/train-ner.sh [SHARED_DIR] [OUTPUT]
#
# SHARED_DIR holds data/ and eval/ (default: ../shared). The labelled data is CoNLL-2003 train
# (CoNLL++ folder) only; the texts of the other gold sets are read without their labels, for
# word clusters and the model's vocabulary (see Sources/CorroborateModels/README.md). CoNLL dev
# is scored after every pass for monitoring; it never trains. Deterministic: the same data
# gives the same model, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
output=${2:-Sources/CorroborateModels/Resources/ner.cner}
data="$shared/data"
make_input="$shared/eval/make_input.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Unlabelled text: one JSON object per article, as the reference scorer's make_input.py writes it.
python3 "$make_input" quotes --gold "$data/quotes/polnear/train" > "$work/polnear-train.jsonl" 2> /dev/null
python3 "$make_input" times --gold "$data/temporal/TBAQ-cleaned" > "$work/timebank-aquaint.jsonl" 2> /dev/null
python3 "$make_input" stories --gold "$data/clusters/ecbplus" > "$work/ecbplus.jsonl" 2> /dev/null
python3 "$make_input" html --gold "$data/html/l3s-gn1" > "$work/l3s-gn1.jsonl" 2> /dev/null

swift build -c release --product corroborate >&2
bin=$(swift build -c release --show-bin-path)/corroborate
"$bin" train ner \
    --conll "$data/ner/conllpp/conllpp_train.txt" \
    --dev "$data/ner/conllpp/conllpp_dev.txt" \
    --unlabelled "$work/polnear-train.jsonl" "$work/timebank-aquaint.jsonl" "$work/ecbplus.jsonl" "$work/l3s-gn1.jsonl" \
    --epochs 12 --clusters 64,256,1024 --cluster-passes 10 --min-word-count 3 \
    --output "$output"
