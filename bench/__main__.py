"""`make bench` (`python -m bench [NAME...]`): runs the benchmark modules of this folder.

Each module `bench/<name>.py` has `run(args)` and may have `add_arguments(parser)`. Results are
printed as ratios against baselines measured in the same run, because these machines are small
and noisy.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import time
from pathlib import Path

import bench


def main() -> None:
    names = sorted(
        m.name
        for m in pkgutil.iter_modules([str(Path(bench.__file__).parent)])
        if not m.name.startswith("_")
    )
    modules = {name: importlib.import_module(f"bench.{name}") for name in names}
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "only", nargs="*", choices=[*names, []], help="benchmarks to run (default: all)"
    )
    for module in modules.values():
        if hasattr(module, "add_arguments"):
            module.add_arguments(parser)
    args = parser.parse_args()
    for name in args.only or names:
        print(f"== {name}")
        t0 = time.perf_counter()
        modules[name].run(args)
        print(f"   ({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
