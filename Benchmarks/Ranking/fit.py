#!/usr/bin/env python3
"""Fits FactRanking.weights on the marked articles, and tells how well a fit generalises.

The quality harness writes one CSV per set of marked articles when it runs with
FACTDECK_QUALITY_DUMP=PATH (PATH.ranking.csv, PATH.heldout.ranking.csv, ...): a row per
fact the question writer ranked, whether a teacher's key matches it, and its features.

    python3 Benchmarks/Ranking/fit.py PATH*.ranking.csv

prints, for every set left out in turn, the share of its keys that the facts ranked
highest within each article's budget answer (under the weights now in FactRanking.swift
and under weights fitted on the other sets), then the weights fitted on all sets, laid
out as FactRanking.weights. The share is a proxy: the writer also adds what phrasing
earns, spreads its choices over sentences, and drops facts it cannot ask.

The fit is an L2-penalised logistic regression (C = 1, intercept not penalised), solved
by Newton's method; only numpy is needed.
"""
import csv
import sys
from collections import defaultdict

import numpy as np

FIXED = ["set", "article", "budget", "keys", "kind", "value", "askable", "key", "key_text"]


def load(paths):
    rows = []
    names = None
    for path in paths:
        with open(path, newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            names = header[len(FIXED):]
            for fields in reader:
                row = dict(zip(FIXED, fields))
                row["x"] = np.array([float(v) for v in fields[len(FIXED):]])
                rows.append(row)
    return rows, names


def fit(rows, c=1.0, iterations=50):
    x = np.array([r["x"] for r in rows])
    y = np.array([float(r["key"]) for r in rows])
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], 1.0 / c)
    penalty[-1] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w[:-1], w[-1]


def coverage(rows, weights, intercept):
    """Keys answered by the top-ranked distinct values of each article, within its budget."""
    by_article = defaultdict(list)
    for r in rows:
        by_article[(r["set"], r["article"])].append(r)
    hit = total = 0
    for facts in by_article.values():
        budget = int(facts[0]["budget"])
        total += int(facts[0]["keys"])
        ranked = sorted(
            (r for r in facts if r["askable"] == "1"),
            key=lambda r: -(r["x"] @ weights + intercept))
        chosen, covered = set(), set()
        for r in ranked:
            if len(chosen) >= budget:
                break
            value = (r["kind"], r["value"])
            if value in chosen:
                continue
            chosen.add(value)
            if r["key"] == "1":
                covered.add(r["key_text"])
        hit += len(covered)
    return hit, total


def current_weights(names):
    """The weights FactRanking.swift holds now, read from its source."""
    import os
    import re
    here = os.path.dirname(os.path.abspath(__file__))
    source = open(os.path.join(here, "../../Sources/Questions/FactRanking.swift")).read()
    block = source.split("static let weights: [Double] = [")[1].split("]")[0]
    block = re.sub(r"//.*", "", block)
    values = [float(v) for v in re.findall(r"-?\d+\.\d+|-?\d+", block)]
    intercept = float(re.search(r"static let intercept = (-?[\d.]+)", source).group(1))
    assert len(values) == len(names), (len(values), len(names))
    return np.array(values), intercept


def main():
    rows, names = load(sys.argv[1:])
    asked = [r for r in rows if r["askable"] == "1"]
    now = current_weights(names)
    sets = sorted({r["set"] for r in rows})
    totals = np.zeros(4, dtype=int)
    print(f"{'left out':12} {'now':>14} {'refitted':>14}")
    for left in sets:
        train = [r for r in asked if r["set"] != left]
        test = [r for r in rows if r["set"] == left]
        before = coverage(test, *now)
        after = coverage(test, *fit(train))
        totals += [before[0], before[1], after[0], after[1]]
        print(f"{left:12} {before[0]:>5}/{before[1]:<4} {before[0] / before[1]:5.1%}"
              f" {after[0]:>5}/{after[1]:<4} {after[0] / after[1]:5.1%}")
    print(f"{'all':12} {totals[0]:>5}/{totals[1]:<4} {totals[0] / totals[1]:5.1%}"
          f" {totals[2]:>5}/{totals[3]:<4} {totals[2] / totals[3]:5.1%}")
    weights, intercept = fit(asked)
    print("\nfitted on all sets:")
    for name, weight in zip(names, weights):
        print(f"  {name:24} {weight:6.2f}")
    print(f"  {'intercept':24} {intercept:6.2f}")


if __name__ == "__main__":
    main()
