"""Timing shared by the benchmark scripts: the best of several runs, in seconds.

The minimum, not the mean: on a busy laptop the fastest run is the one least
disturbed by other work, so it is the most repeatable figure for a ratio.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(
    function: Callable[[], object], repeat: int = 5, clock: Callable[[], float] = time.perf_counter
) -> float:
    """``clock`` may be ``time.process_time``: the process's own CPU time, which
    other work on a shared machine disturbs less than the wall clock."""
    times = []
    for _ in range(repeat):
        start = clock()
        function()
        times.append(clock() - start)
    return min(times)
