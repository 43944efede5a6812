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
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
echo "news_events: $(python3 "$shared/eval/news_events.py" run "$kg" "$dev/news_events.dev.jsonl" --json |
  py "r=d.get('dyad+root', d); print(json.dumps(d, separators=(',',':'))[:600])")"
echo "plover_gsr:  $(python3 "$shared/eval/plover_gsr.py" run "$kg" "$dev/plover_gsr.dev.jsonl" --json |
  py "a=d['all']; n=a['all']; print('type %.3f  type+dyad %.3f  wrong_type %.3f  (n=%d)' % (a.get('type',0)/n, a.get('dyad',0)/n, a.get('wrong_type',0)/n, n))")"
for set in petrarch_gsr petrarch_unittest carb; do
  file=$dev/${set}.dev.jsonl
  [ "$set" = carb ] && file=$dev/carb_dev.jsonl
  echo "$set: $("$kg" eval extract --gold "$file" 2>/dev/null | tr '\n' ' ' | tr -s ' ' | cut -c1-400)"
done
