#!/usr/bin/env bash
# Rebuild the informal-post NER component and put it into the package:
#   training/informal_ner/train.sh [--steps N] [--seed S]
# Needs the training extra: .venv/bin/pip install -e '.[train]'. About 15-25 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-.venv/bin/python}"
STEPS=3000
SEED=7
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$PY" training/informal_ner/generate.py "$WORK/data" --train 16000 --dev 1000 --seed "$SEED"
"$PY" -m spacy train training/informal_ner/config.cfg --output "$WORK/out" \
  --paths.train "$WORK/data/train.spacy" --paths.dev "$WORK/data/dev.spacy" \
  --training.max_steps "$STEPS" --system.seed "$SEED"
"$PY" training/informal_ner/package_model.py "$WORK/out/model-best"
# the new weights need their encoder graph (safetoshare/encoder.py); the old one is removed
"$PY" scripts/build_encoders.py
