#!/usr/bin/env python3
"""Prints the figures of one JMH run (its -rf json file) as ratios against a baseline measured in the same run.

    python3 benchmarks/ratios.py results.json
    python3 benchmarks/ratios.py results.json --baseline 'LongArrayBoundBenchmark.read' --fixed extent=plan
    python3 benchmarks/ratios.py results.json --baseline 'StreamsBenchmark' --invert
    python3 benchmarks/ratios.py build.json --baseline 'SinglePassLoopBenchmark' --invert   # loop ÷ build

Each result is compared with the baseline result whose parameters agree on every parameter the two share (for
example customers and threads); a result with no threads parameter is compared with the 1-thread baseline. The
median iteration is used besides JMH's mean, because one young collection of a big heap can double a mean.
A ratio is only meaningful within one run: never pass two files made on different days or machines.
"""
import argparse
import json
import re
import statistics
import sys


def short(name):
    parts = name.split(".")
    return ".".join(parts[-2:])


# time per operation in any of JMH's units, in seconds: results in different units compare after conversion
TIME_UNITS = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}


def median(result):
    metric = result["primaryMetric"]
    if "rawData" in metric:
        value = statistics.median([value for fork in metric["rawData"] for value in fork])
    else:
        # sample mode keeps a histogram, not the iterations: its 50th percentile is the median of every sample
        value = metric["scorePercentiles"]["50.0"]
    return value * TIME_UNITS.get(metric["scoreUnit"], 1.0)


def allocated(result):
    """Bytes allocated per operation when the run had -prof gc, else empty."""
    norm = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return "" if norm is None else "{:,.0f}".format(norm["score"])


def agrees(result, baseline, fixed):
    params, base = result.get("params", {}), baseline.get("params", {})
    for key, value in fixed.items():
        if base.get(key) != value:
            return False
    for key in set(params) & set(base):
        if key not in fixed and params[key] != base[key]:
            return False
    if "threads" in base and "threads" not in params and base["threads"] != "1":
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("json", help="a JMH result file (-rf json -rff FILE)")
    parser.add_argument("--baseline", default="LongArrayBoundBenchmark.read",
                        help="regular expression matching the baseline benchmark's name")
    parser.add_argument("--fixed", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter the baseline must have (default extent=plan for the bound)")
    parser.add_argument("--invert", action="store_true",
                        help="print baseline ÷ result (how many times faster than the baseline)")
    args = parser.parse_args()

    fixed = dict(item.split("=", 1) for item in args.fixed)
    if not args.fixed and "LongArrayBound" in args.baseline:
        fixed["extent"] = "plan"
    with open(args.json, encoding="utf-8") as file:
        results = json.load(file)
    pattern = re.compile(args.baseline)
    baselines = [r for r in results if pattern.search(r["benchmark"])]
    if not baselines:
        sys.exit("no benchmark in %s matches the baseline %r" % (args.json, args.baseline))

    header = "%-45s %-32s %12s %12s %10s %14s" % ("benchmark", "params", "mean", "median", "ratio",
                                                  "alloc B/op")
    print(header)
    print("-" * len(header))
    for result in results:
        if result in baselines:
            continue
        candidates = [b for b in baselines if agrees(result, b, fixed)]
        params = ",".join("%s=%s" % kv for kv in sorted(result.get("params", {}).items()))
        unit = result["primaryMetric"]["scoreUnit"]
        mean = "%.4g %s" % (result["primaryMetric"]["score"], unit)
        if len(candidates) != 1:
            print("%-45s %-32s %12s %12s %10s" % (short(result["benchmark"]), params, mean, "",
                                                 "no baseline" if not candidates else "ambiguous"))
            continue
        base = candidates[0]
        # average time, single shots and samples all measure time per operation: their ratio means something;
        # throughput against time does not
        time_modes = {"avgt", "ss", "sample"}
        same_kind = base["mode"] == result["mode"] or {base["mode"], result["mode"]} <= time_modes
        base_unit = base["primaryMetric"]["scoreUnit"]
        same_unit = base_unit == unit or (base_unit in TIME_UNITS and unit in TIME_UNITS)
        if not same_unit or not same_kind:
            sys.exit("%s and its baseline differ in mode or unit; run them with the same -bm and -tu"
                     % result["benchmark"])
        ratio = median(base) / median(result) if args.invert else median(result) / median(base)
        shown = median(result) / TIME_UNITS.get(unit, 1.0)
        print("%-45s %-32s %12s %12.4g %9.3gx %14s" % (short(result["benchmark"]), params, mean, shown,
                                                        ratio, allocated(result)))


if __name__ == "__main__":
    main()
