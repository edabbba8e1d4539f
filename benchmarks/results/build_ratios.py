#!/usr/bin/env python3
"""Prints the table-build and end-to-end ratios of one JMH run (issue 12) from its JSON result file.

Usage: python3 benchmarks/results/build_ratios.py RESULT.json [MORE.json ...]

Every ratio divides two scores of the same run (the same JSON file): the single hand-written loop
(SinglePassLoopBenchmark.counts) over PrebuiltTableBenchmark.buildTable and over SegmentKitBenchmark.counts
(segment(list), reading the records included), per customer count and thread count.
"""
import json
import sys


def scores(path):
    with open(path) as f:
        runs = json.load(f)
    table = {}
    for run in runs:
        name = run["benchmark"].rsplit(".", 2)
        params = run.get("params", {})
        key = (name[-2] + "." + name[-1], params.get("customers"), params.get("threads"))
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        table[key] = (run["primaryMetric"]["score"], run["primaryMetric"]["scoreUnit"], alloc)
    return table


def main(paths):
    for path in paths:
        table = scores(path)
        print(path)
        for (bench, customers, threads), (score, unit, alloc) in sorted(table.items(), key=str):
            per = score * 1e6 / int(customers) if unit == "ms/op" else float("nan")
            extra = "" if alloc is None else f", {alloc / int(customers):.1f} B/customer allocated"
            print(f"  {bench} customers={customers} threads={threads}: {score:.1f} {unit} ({per:.0f} ns/customer{extra})")
        for (bench, customers, threads), (score, _, _) in sorted(table.items(), key=str):
            loop = table.get(("SinglePassLoopBenchmark.counts", customers, None))
            if loop is None or bench == "SinglePassLoopBenchmark.counts":
                continue
            print(f"  loop / {bench} (customers={customers}, threads={threads}) = {loop[0] / score:.2f}x")
        for customers in sorted({k[1] for k in table}):
            one = table.get(("PrebuiltTableBenchmark.buildTable", customers, "1"))
            two = table.get(("PrebuiltTableBenchmark.buildTable", customers, "2"))
            if one and two:
                print(f"  buildTable 1 thread / 2 threads (customers={customers}) = {one[0] / two[0]:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
