"""Time the document writers on a long meeting: minutes of 300 opinions (ten agenda items, some
opinions of several paragraphs), twenty conclusion points and forty tasks, in both styles, plus
the notice and invitation of a demo meeting. Target: the 300-opinion minutes under ~50 ms.

Each writer is measured against the bare library in the same run, alternating: python-docx
writing the same paragraphs' text into a blank document (``add_paragraph``) and saving it. The
ratio says what the official layout costs over the library itself.

    python benchmarks/documents.py [--opinions 300] [--repeat 7] [--out FOLDER]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.documents import (  # noqa: E402
    build_invitation,
    build_minutes,
    build_notice,
    samples,
    write_invitation,
    write_minutes,
    write_notice,
)


def _bare(texts: list[str], path: Path) -> None:
    """The library alone: the same text, one plain paragraph each, saved."""
    from docx import Document

    document = Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))


def _paragraph_texts(document) -> list[str]:  # noqa: ANN001
    from docx.oxml.ns import qn

    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for p in document.element.body.iter(qn("w:p"))]


def _measure(label: str, ours, bare, repeat: int) -> float:
    """Alternate ours and bare ``repeat`` times; print min/median/max of each and the ratio."""
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(repeat):
        for name, action in (("ours", ours), ("bare", bare)):
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    o, b = times["ours"], times["bare"]
    fmt = lambda xs: f"{min(xs) * 1000:6.1f} / {statistics.median(xs) * 1000:6.1f} / {max(xs) * 1000:6.1f}"  # noqa: E731
    print(f"{label:<36} ours {fmt(o)} ms   python-docx alone {fmt(b)} ms   "
          f"ratio {statistics.median(o) / statistics.median(b):4.2f}")
    return statistics.median(o)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opinions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="keep the files in this folder")
    args = parser.parse_args(argv)
    print("min / median / max, alternating with python-docx writing the same text")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        cases = []
        for style in ("state", "party"):
            data = samples.big_minutes(args.opinions, style=style)
            cases.append((f"minutes, {args.opinions} opinions, {style}", data, build_minutes,
                          write_minutes, f"bien-ban-{style}"))
        for index, style in ((1, "state"), (2, "party")):
            cases.append((f"notice, {style}", samples.sample_notice(index), build_notice,
                          write_notice, f"thong-bao-{style}"))
            invitation = samples.sample_invitation(index if style == "state" else 3)
            cases.append((f"invitation, {style}", invitation, build_invitation, write_invitation,
                          f"giay-moi-{style}"))
        worst_minutes = 0.0
        for label, data, build, write, stem in cases:
            texts = _paragraph_texts(build(data))
            median = _measure(
                label, lambda d=data, w=write, s=stem: w(d, out / f"{s}.docx"),
                lambda t=texts, s=stem: _bare(t, out / f"{s}-bare.docx"), args.repeat)
            if label.startswith("minutes"):
                worst_minutes = max(worst_minutes, median)
        print(f"300-opinion minutes, slower style: {worst_minutes * 1000:.1f} ms median "
              f"({'within' if worst_minutes < 0.05 else 'OVER'} the ~50 ms target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
