"""Timing shared by the benchmark scripts: the best of several runs, in seconds.

The minimum, not the mean: on a busy laptop the fastest run is the one least
disturbed by other work, so it is the most repeatable figure for a ratio.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)
