"""One rule for counting who attended, used by the attendance tab, the minutes and the notice.

A member's seat counts as present when the member came or sent a substitute ("dự thay"): the
committee heard that agency's voice. Absent counts only those marked absent. A member never
marked is neither: a meeting nobody has marked yet has no one present.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SEATED = ("present", "substituted")


@dataclass(frozen=True)
class Tally:
    present: int        # seats filled, substitutes included
    substituted: int    # of those, filled by a substitute
    absent: int
    not_marked: int
    total: int


def tally(statuses: Iterable[str]) -> Tally:
    statuses = list(statuses)
    present = sum(s in SEATED for s in statuses)
    absent = sum(s == "absent" for s in statuses)
    return Tally(present, sum(s == "substituted" for s in statuses), absent,
                 len(statuses) - present - absent, len(statuses))
