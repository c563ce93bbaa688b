"""Writers killed at random points: no corruption, no committed write lost, no stale lock, no
half-written copy, no temporary file left after the next start.

The suite runs a short series; ``tools/crash_torture.py --kills 200`` (or THUKY_CRASH_KILLS)
runs the long one."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.crash_torture import run  # noqa: E402


@pytest.mark.slow
def test_random_kills_lose_and_damage_nothing(tmp_path):
    kills = int(os.environ.get("THUKY_CRASH_KILLS", "20"))
    figures = run(kills, 7, tmp_path, say=lambda _line: None)
    assert figures.kills == kills
    assert figures.acknowledged > 0
    assert (figures.corruptions, figures.lost_committed_writes, figures.stale_locks,
            figures.broken_copies, figures.leftovers) == (0, 0, 0, 0, 0), figures.line()
