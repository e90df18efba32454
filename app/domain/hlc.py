"""Hybrid logical clock (SYNC.md §5.4).

A stamp is ``"{physical_ms:016d}-{logical:05d}-{device_id}"`` and sorts lexicographically in
causal order. The clock never goes backwards, even when the wall clock does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_DRIFT_MS = 5 * 60 * 1000
"""Pushes whose physical part is further than this ahead of the server are refused."""


@dataclass(frozen=True, order=True)
class HlcStamp:
    physical_ms: int
    logical: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.physical_ms:016d}-{self.logical:05d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        physical, logical, device = text.split("-", 2)
        return cls(int(physical), int(logical), device)


class HybridLogicalClock:
    """Thread-safe HLC for one device. `now()` is called from SQLite triggers via a UDF."""

    def __init__(self, device_id: str, wall_ms: Callable[[], int] | None = None) -> None:
        self.device_id = device_id
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._physical = 0
        self._logical = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self._wall_ms()
            if wall > self._physical:
                self._physical, self._logical = wall, 0
            else:
                self._logical += 1
            return str(HlcStamp(self._physical, self._logical, self.device_id))

    def update(self, seen: str) -> None:
        """Move past a stamp seen from another device (pull) or from the last run (start-up)."""
        stamp = HlcStamp.parse(seen)
        with self._lock:
            if (stamp.physical_ms, stamp.logical) > (self._physical, self._logical):
                self._physical, self._logical = stamp.physical_ms, stamp.logical

    def last(self) -> str:
        with self._lock:
            return str(HlcStamp(self._physical, self._logical, self.device_id))
