#!/usr/bin/env bash
# Accuracy harness for `hushdesk scan --jsonl`.
#
#   benches/accuracy/run.sh [CORPUS.jsonl] [score.py options, e.g. --show-misses phone 10]
#
# Without a corpus, the default one (seed 42, 2000 tickets) is generated into
# benches/accuracy/out/. Set HUSHDESK_BIN to score an already built binary.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"
mkdir -p "$out"

if [ $# -ge 1 ] && [ "${1#-}" = "$1" ]; then
    corpus="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    shift
else
    corpus="$out/corpus.jsonl"
    python3 "$here/generate.py" --seed 42 --count 2000 --out "$corpus"
fi

if [ -z "${HUSHDESK_BIN:-}" ]; then
    (cd "$root" && cargo build --release -q)
    HUSHDESK_BIN="${CARGO_TARGET_DIR:-$root/target}/release/hushdesk"
fi

"$HUSHDESK_BIN" scan --jsonl "$corpus" > "$out/predictions.jsonl"
python3 "$here/score.py" "$corpus" "$out/predictions.jsonl" --json > "$out/score.json"
python3 "$here/score.py" "$corpus" "$out/predictions.jsonl" "$@"
