#!/usr/bin/env python3
"""Share of coded actors and targets without a country ('---...') in `kg extract --jsonl`
output read from stdin, and how many of the coded ones had their country inferred from the
article. Usage: kg extract --jsonl -q FILE | scripts/country-share.py"""
import json, sys

coded = unknown = inferred = 0
for line in sys.stdin:
    e = json.loads(line)
    for role in ("actor", "target"):
        p = e.get(role) or {}
        code = p.get("code")
        if not code:
            continue
        coded += 1
        unknown += code.startswith("---")
        inferred += bool(p.get("inferred"))
print(f"coded participants {coded}, without country {unknown} ({100 * unknown / max(1, coded):.1f} %), "
      f"country inferred {inferred} ({100 * inferred / max(1, coded):.1f} %)")
