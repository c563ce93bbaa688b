"""Time the document writers on a long meeting: minutes of 300 opinions (ten agenda items, some
opinions of several paragraphs), twenty conclusion points and forty tasks, in both styles, plus
the notice and invitation of a demo meeting. Target: each under one second.

    python benchmarks/documents.py [--opinions 300] [--repeat 3] [--out FOLDER]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.documents import samples, write_invitation, write_minutes, write_notice  # noqa: E402


def _best(label: str, action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    best = min(times)
    print(f"{label:<42} {best * 1000:8.1f} ms (best of {repeat})")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opinions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="keep the files in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        worst = 0.0
        for style in ("state", "party"):
            data = samples.big_minutes(args.opinions, style=style)
            worst = max(worst, _best(
                f"minutes, {args.opinions} opinions, {style}",
                lambda d=data, s=style: write_minutes(d, out / f"bien-ban-{s}.docx"), args.repeat))
        for index, style in ((1, "state"), (2, "party")):
            notice, invitation = samples.sample_notice(index), samples.sample_invitation(index)
            worst = max(worst, _best(f"notice, {style}", lambda d=notice, s=style: write_notice(
                d, out / f"thong-bao-{s}.docx"), args.repeat))
            worst = max(worst, _best(f"invitation, {style}", lambda d=invitation, s=style:
                                     write_invitation(d, out / f"giay-moi-{s}.docx"), args.repeat))
        print(f"slowest: {worst * 1000:.1f} ms ({'within' if worst < 1 else 'OVER'} the 1 s target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
