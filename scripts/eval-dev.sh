#!/usr/bin/env bash
# Scores a kg binary on every dev set in ../shared/data/eval-dev with the
# reference scorers, one line per set, so a change is judged on all of them:
#   scripts/eval-dev.sh [KG_BINARY]        (default build/tools/kg)
# Needs ../shared (not part of this repository); prints nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/tools/kg}
shared=${KG_SHARED:-../shared}
dev=$shared/data/eval-dev
if [ ! -d "$dev" ]; then
  echo "eval-dev: $dev not found (set KG_SHARED to the shared folder)" >&2
  exit 1
fi
# The scorers print their JSON and then a one-line summary: keep the summary.
echo "$(python3 "$shared/eval/news_events.py" run "$kg" "$dev/news_events.dev.jsonl" | tail -1)"
echo "$(python3 "$shared/eval/plover_gsr.py" run "$kg" "$dev/plover_gsr.dev.jsonl" | tail -1)"
for set in petrarch_gsr petrarch_unittest carb; do
  file=$dev/${set}.dev.jsonl
  [ "$set" = carb ] && file=$dev/carb_dev.jsonl
  echo "$set: $("$kg" eval extract --gold "$file" 2>/dev/null | tr '\n' ' ' | tr -s ' ' | cut -c1-400)"
done
