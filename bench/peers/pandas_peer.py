"""The analysis's coverage and fit computation in pandas, a peer for Gapwise's bench.

Reads the peer input (JSON, as bench/peers/peer-input.ts writes it) from the file named on
the command line, then times the computation alone, from a DataFrame already in memory, with
time.perf_counter over several runs: Python's start-up, the imports and reading the file are
not timed. Prints one JSON object: every timed run (ms), the results of the last run, versions.

usage: python3 pandas_peer.py INPUT.json RUNS [WARMUP]
"""

import json
import sys
import time

import numpy as np
import pandas as pd


def compute(levels, member_roles, roles, required, top_level):
    """Holders per required skill and each member's fit to their role (NaN: no fit)."""
    columns = levels.columns
    positions = [r["position"] for r in required]
    required_levels = pd.Series([r["level"] for r in required], index=columns[positions])
    # NaN (not assessed) is never >= a level: it counts as no holder.
    holders = levels[required_levels.index].ge(required_levels).sum()

    # Sums skip NaN: a skill not assessed counts on neither side.
    all_levels = levels.sum(axis=1)
    fits = pd.Series(np.nan, index=levels.index)
    for r, role in enumerate(roles):
        rows = member_roles == r
        if not rows.any():
            continue
        targeted = [i for i, level in enumerate(role["levels"]) if level > 0]
        target = pd.Series([role["levels"][i] for i in targeted], index=columns[targeted], dtype=float)
        weight = pd.Series([role["weights"][i] for i in targeted], index=columns[targeted], dtype=float)
        held = levels.loc[rows, target.index]
        reached = held.div(target).clip(upper=1).mul(weight).sum(axis=1)
        assessed_weight = held.notna().mul(weight).sum(axis=1)
        outside = all_levels[rows] - held.sum(axis=1)
        fit = 100 * reached / (assessed_weight + weight.mean() * outside / top_level)
        fits[rows] = fit.where(assessed_weight > 0)
    return holders, fits


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    levels = pd.DataFrame(data["levels"], columns=data["skillIds"], dtype=float)
    member_roles = pd.Series(data["memberRoles"])
    args = (levels, member_roles, data["roles"], data["required"], data["topLevel"])

    for _ in range(warmup):
        compute(*args)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        holders, fits = compute(*args)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    json.dump(
        {
            "times": times,
            "holders": [int(h) for h in holders],
            "fits": [None if np.isnan(f) else float(f) for f in fits],
            "versions": {"python": sys.version.split()[0], "pandas": pd.__version__, "numpy": np.__version__},
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
