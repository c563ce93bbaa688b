"""The bundled program against ``python main.py``: size, start-up to the window shown, memory.

    python tools/build_bundle.py --installer     # once
    python benchmarks/bundle.py [--runs 7]

Both start on the same demo database, offscreen, in alternating runs (byte-code caches on, as
a user's copy has them). "Cold" is the first start of each after the OS file cache was emptied
(only possible as root on Linux; otherwise said so and skipped). Peak memory is the process's
maximum resident set.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from build_bundle import (  # noqa: E402
    EXE_SUFFIX,
    bundle_dir,
    folder_size,
    installer_path,
    largest_parts,
    zip_path,
)
from bundle_contents import APP_NAME, project_version  # noqa: E402

MB = 1024 * 1024


def start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the window drawn and quit, and peak resident memory in MiB."""
    began = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[0]} failed: {process.stderr.read().decode(errors='replace')}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def drop_file_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def line(name: str, values: list[float], unit: str, floor: list[float] | None = None) -> str:
    text = (f"{name:<22} min {min(values):7.3f}  median {statistics.median(values):7.3f}  "
            f"max {max(values):7.3f} {unit}")
    if floor:
        text += f"   ratio {statistics.median(values) / statistics.median(floor):.2f}×"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    folder = bundle_dir()
    program = folder / f"{APP_NAME}{EXE_SUFFIX}"
    if not program.is_file():
        print("no bundle: run python tools/build_bundle.py first", file=sys.stderr)
        return 2
    version = project_version(ROOT)
    print(f"bundle {folder}: {folder_size(folder) / MB:.1f} MB unpacked")
    for size, name in largest_parts(folder, 8):
        print(f"  {size / MB:7.1f} MB  {name}")
    for label, path in (("portable zip", zip_path(version)), ("installer", installer_path(version))):
        if path.is_file():
            print(f"{label}: {path.name} {path.stat().st_size / MB:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="thuky-bench-bundle-") as tmp:
        db = Path(tmp) / "demo.sqlite"
        env = {**os.environ, "THUKY_DATA_DIR": str(Path(tmp) / "data"),
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", str(db)], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        args = ["--db", str(db), "--quit-when-shown"]
        commands = {"bundle": [str(program), *args],
                    "python main.py": [sys.executable, str(ROOT / "main.py"), *args]}
        if drop_file_cache():
            for name, command in commands.items():
                drop_file_cache()
                seconds, peak = start(command, env)
                print(f"cold start, {name:<15} {seconds:6.3f} s  peak {peak:6.1f} MiB")
        else:
            print("cold start: skipped (emptying the OS file cache needs root on Linux)")
        for command in commands.values():  # warm both before measuring
            start(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, command in commands.items():
                seconds, peak = start(command, env)
                times[name].append(seconds)
                memory[name].append(peak)
    print(f"warm start to the window shown, {options.runs} alternating runs each:")
    print(line("python main.py", times["python main.py"], "s"))
    print(line("bundle", times["bundle"], "s", times["python main.py"]))
    print("peak memory:")
    print(line("python main.py", memory["python main.py"], "MiB"))
    print(line("bundle", memory["bundle"], "MiB", memory["python main.py"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
