"""Meeting materials at 200 MB: time and peak memory of copying the files into the data
(MaterialService.add) and of packing them (a folder, a zip), against the bare library doing the
same with the files on disk (shutil.copyfile, zipfile.write), alternating, in fresh processes.

    python benchmarks/materials.py [--mb 200] [--files 20] [--runs 3] [--work DIR]

Peak memory is the process's peak resident size; "python peak" is tracemalloc's peak of Python
allocations, which would show a whole file held in memory (it stays near the 1 MB chunk).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_sources(folder: Path, total_mb: int, files: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    size = total_mb * 1024 * 1024 // files
    paths = []
    for i in range(files):
        path = folder / f"Tai lieu {i + 1:02d}.pdf"
        with open(path, "wb") as out:
            left = size
            while left:
                block = os.urandom(min(left, 1024 * 1024))
                out.write(block)
                left -= len(block)
        paths.append(path)
    return paths


def measure(call) -> dict:  # noqa: ANN001
    tracemalloc.start()
    start = time.perf_counter()
    call()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": seconds, "python_peak_mb": peak / 1024 / 1024,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(kind: str, work: Path) -> None:
    sources = sorted((work / "sources").glob("*.pdf"))
    out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
    try:
        if kind in ("add", "pack-folder", "pack-zip"):
            from core.db import open_database
            from core.services import Services
            from core.services.material_pack import pack

            db = open_database(work / "data.sqlite", daily_backup=False)
            try:
                services = Services(db)
                meeting = int((work / "meeting-id").read_text())
                if kind == "add":
                    def run() -> None:
                        for path in sources:
                            services.materials.add(meeting_id=meeting, path=path)
                    result = measure(run)
                    for x in services.materials.list(meeting_id=meeting):
                        services.materials.remove(material_id=x.id)
                else:
                    result = measure(lambda: pack(services, meeting_id=meeting,
                                                  target=out / ("goi.zip" if kind == "pack-zip" else "goi"),
                                                  as_zip=kind == "pack-zip"))
            finally:
                db.close()
        elif kind == "bare-copy":
            result = measure(lambda: [shutil.copyfile(p, out / p.name) for p in sources])
        elif kind == "bare-zip":
            def run() -> None:
                with zipfile.ZipFile(out / "goi.zip", "w") as zf:
                    for p in sources:
                        zf.write(p, p.name, compress_type=zipfile.ZIP_STORED)
            result = measure(run)
        else:
            raise SystemExit(kind)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(json.dumps(result))


def spawn(kind: str, work: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--work", str(work)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def setup(work: Path, total_mb: int, files: int) -> None:
    from core.db import open_database
    from core.services import Services

    make_sources(work / "sources", total_mb, files)
    db = open_database(work / "data.sqlite", daily_backup=False)
    try:
        services = Services(db)
        committee = services.committees.create(name="Ban Chỉ đạo thử", abbreviation="BCĐ")
        meeting = services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                           title="Phiên họp thử", starts_at=dt.datetime(2026, 3, 1, 8))
        (work / "meeting-id").write_text(str(meeting.id))
    finally:
        db.close()


def report(label: str, runs: list[dict]) -> None:
    seconds = sorted(r["seconds"] for r in runs)
    print(f"{label:<22} time min {seconds[0]:6.2f} s  median {statistics.median(seconds):6.2f} s  "
          f"max {seconds[-1]:6.2f} s | peak RSS {max(r['peak_mb'] for r in runs):6.1f} MB | "
          f"python peak {max(r['python_peak_mb'] for r in runs):6.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.work)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-materials-"))
    try:
        setup(work, args.mb, args.files)
        runs: dict[str, list[dict]] = {k: [] for k in ("add", "bare-copy", "pack-folder",
                                                        "pack-zip", "bare-zip")}
        for _ in range(args.runs):
            for kind in ("add", "bare-copy"):
                runs[kind].append(spawn(kind, work))
        # each "add" run removes what it added: add once more and keep it for packing
        from core.db import open_database
        from core.services import Services

        db = open_database(work / "data.sqlite", daily_backup=False)
        try:
            meeting = int((work / "meeting-id").read_text())
            for path in sorted((work / "sources").glob("*.pdf")):
                Services(db).materials.add(meeting_id=meeting, path=path)
        finally:
            db.close()
        for _ in range(args.runs):
            for kind in ("pack-folder", "bare-copy", "pack-zip", "bare-zip"):
                runs[kind].append(spawn(kind, work))
        print(f"{args.mb} MB in {args.files} files")
        for kind, label in (("add", "add into the data"), ("pack-folder", "pack into a folder"),
                            ("bare-copy", "bare shutil.copyfile"), ("pack-zip", "pack into a zip"),
                            ("bare-zip", "bare zipfile.write")):
            report(label, runs[kind])
        med = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
        print(f"ratios (median): add / copy {med['add'] / med['bare-copy']:.2f}, "
              f"folder / copy {med['pack-folder'] / med['bare-copy']:.2f}, "
              f"zip / zip {med['pack-zip'] / med['bare-zip']:.2f}")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
