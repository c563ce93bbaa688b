"""Kill `export minutes` at random moments and check that an official number is issued exactly
once: every file written carries a number the database holds for that meeting, and no two
meetings' files carry the same number of a series.

    python benchmarks/document_kills.py [--kills 200] [--seed 1]

Prints kills / files checked / files whose number the database does not know / numbers used
twice / temporary files left.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.db import open_database  # noqa: E402
from core.demo import build_demo  # noqa: E402
from core.services import Services  # noqa: E402

NUMBER = re.compile(r"Số: (\d+)/BB-")


def _meetings(db_path: Path, count: int) -> list[int]:
    """``count`` held meetings of one state committee in one year: each export takes a new number."""
    db = open_database(db_path, daily_backup=False)
    try:
        services = Services(db)
        first = next(m for m in services.meetings.list() if m.starts_at.year == 2019)
        ids = []
        for i in range(count):
            meeting = services.meetings.create(
                committee_id=first.committee_id, kind="Phiên họp", title=f"Phiên họp số {i + 1}",
                starts_at=dt.datetime(2019, 1, 1, 8) + dt.timedelta(days=i % 300))
            services.meetings.set_status(meeting_id=meeting.id, new_status="held")
            ids.append(meeting.id)
        return ids
    finally:
        db.close()


def _file_number(path: Path) -> int | None:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception:  # noqa: BLE001  a file that is not a whole document
        return None
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    found = NUMBER.search(text)
    return int(found[1]) if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "demo.sqlite"
        build_demo(db_path)
        meetings = _meetings(db_path, args.kills)
        out = folder / "out"
        out.mkdir()
        env = dict(os.environ, THUKY_DATA_DIR=str(folder / "data"), PYTHONIOENCODING="utf-8")
        # How long one export takes here: the kills fall anywhere in it.
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "minutes", "--meeting",
                        str(meetings[0]), "--db", str(db_path), "--out", str(out / "probe.docx")],
                       env=env, capture_output=True, check=True)
        span = time.perf_counter() - start
        (out / "probe.docx").unlink()
        files: dict[Path, int] = {}
        for i, meeting in enumerate(meetings):
            target = out / f"bb-{meeting}-{i}.docx"
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "export", "minutes", "--meeting",
                 str(meeting), "--db", str(db_path), "--out", str(target)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(span * 0.3, span * 1.05))
            process.send_signal(signal.SIGKILL)
            process.wait()
            files[target] = meeting
        known = {}
        db = open_database(db_path, daily_backup=False)
        try:
            from sqlalchemy import select

            from core import models as m

            with db.reading() as session:
                for meeting_id, number, series in session.execute(
                        select(m.IssuedDocument.meeting_id, m.IssuedDocument.number,
                               m.IssuedDocument.series).where(m.IssuedDocument.doc_type == "BB")):
                    known[meeting_id] = (number, series)
        finally:
            db.close()
        written = {path: meeting for path, meeting in files.items() if path.exists()}
        unknown = [path.name for path, meeting in written.items()
                   if known.get(meeting, (None,))[0] != _file_number(path)]
        numbers = [known[meeting] for meeting in written.values() if meeting in known]
        twice = len(numbers) - len(set(numbers))
        leftovers = [p.name for p in out.iterdir() if p.name.startswith(".thuky-tmp-")]
    print(f"kills {len(files)}, files written before the kill {len(written)}, reserved numbers "
          f"{len(known)}, files whose number the database does not know {len(unknown)}, numbers "
          f"on two files {twice}, temporary files left {len(leftovers)} "
          f"(one export takes {span:.2f} s here)")
    return 1 if unknown or twice else 0


if __name__ == "__main__":
    raise SystemExit(main())
