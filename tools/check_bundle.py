"""Check a built bundle as IT would on a new PC: ``python tools/check_bundle.py [FOLDER]``.

Runs the two programs of ``dist/ThuKyBCD`` (or FOLDER) from a temporary working directory, never
through Python: ``--version`` of both, the window's ``--self-test``, and the command line
(demo database, list, Word minutes, Excel task list, report) and, when ``THUKY_TEST_PG_URL``
names a PostgreSQL server, the command line on that server. One line per check; the last line
is ``bundle check: N checks ok`` (exit 0) or the first failure (exit 1).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from bundle_contents import APP_NAME, CLI_NAME, project_version  # noqa: E402

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


class CheckFailed(Exception):
    pass


def run(program: Path, *args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=600)
    if result.returncode != 0:
        raise CheckFailed(f"{program.name} {' '.join(args)} exited {result.returncode}:\n"
                          f"{result.stdout}{result.stderr}")
    return result.stdout


def check_server(cli: Path, db: Path, server: str, meetings: int, *, cwd: Path,
                 env: dict[str, str], ok: Callable[[str], None]) -> None:
    """The bundled program on a PostgreSQL server (its driver, the migrations there): the demo
    file copied into a new, empty server database, then its meetings listed from the server."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server)
    target = url.set(database="thuky_bundle_check")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS thuky_bundle_check"))
            conn.execute(text("CREATE DATABASE thuky_bundle_check"))
        address = target.render_as_string(hide_password=False)
        run(cli, "copy-to-server", "--db", str(db), "--to", address, cwd=cwd, env=env)
        listed = run(cli, "list", "meetings", "--db", address, cwd=cwd, env=env).splitlines()
        if len(listed) != meetings:
            raise CheckFailed(f"the server lists {len(listed)} meetings, the file {meetings}")
        ok(f"{cli.name} copy-to-server + list meetings on the server: {len(listed)} meetings")
    finally:
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS thuky_bundle_check WITH (FORCE)"))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0]) if args else ROOT / "dist" / APP_NAME
    window = folder / f"{APP_NAME}{EXE_SUFFIX}"
    cli = folder / f"{CLI_NAME}{EXE_SUFFIX}"
    version = project_version(ROOT)
    done = 0

    def ok(text: str) -> None:
        nonlocal done
        done += 1
        print(f"ok     {done:2d} {text}", flush=True)

    with tempfile.TemporaryDirectory(prefix="thuky-bundle-check-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "THUKY_DATA_DIR": str(work / "data"), "QT_QPA_PLATFORM": "offscreen"}
        db, out = work / "demo.sqlite", work / "out"
        out.mkdir()
        try:
            for program in (window, cli):
                printed = run(program, "--version", cwd=work, env=env).strip()
                if printed != f"{APP_NAME} {version}":
                    raise CheckFailed(f"{program.name} --version printed {printed!r}")
                ok(f"{program.name} --version: {printed}")
            report = run(window, "--self-test", "--out", str(work / "self-test"), cwd=work, env=env)
            last = report.strip().splitlines()[-1]
            if not last.endswith("steps ok"):
                raise CheckFailed(report)
            ok(f"{window.name} --self-test: {last}")
            run(cli, "demo", str(db), cwd=work, env=env)
            meetings = run(cli, "list", "meetings", "--db", str(db), cwd=work, env=env).splitlines()
            if not meetings:
                raise CheckFailed("list meetings printed nothing")
            ok(f"{cli.name} demo + list meetings: {len(meetings)} meetings")
            meeting = meetings[0].split("\t")[0]
            for kind in ("minutes", "notice", "invitation"):
                target = out / f"{kind}.docx"
                run(cli, "export", kind, "--meeting", meeting, "--db", str(db), "--out", str(target),
                    cwd=work, env=env)
                if target.stat().st_size < 5000:
                    raise CheckFailed(f"{target.name} is only {target.stat().st_size} bytes")
                ok(f"{cli.name} export {kind}: {target.stat().st_size:,} bytes")
            target = out / "tasks.xlsx"
            run(cli, "export", "tasks", "--db", str(db), "--out", str(target), cwd=work, env=env)
            ok(f"{cli.name} export tasks: {target.stat().st_size:,} bytes")
            target = out / "report.docx"
            run(cli, "report", "--committee", "1", "--from", "01/01/2000", "--to", "31/12/2030",
                "--db", str(db), "--out", str(target), cwd=work, env=env)
            ok(f"{cli.name} report: {target.stat().st_size:,} bytes")
            server = os.environ.get("THUKY_TEST_PG_URL")
            if server:
                check_server(cli, db, server, len(meetings), cwd=work, env=env, ok=ok)
        except (CheckFailed, OSError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}", flush=True)
            print(f"bundle check: failed after {done} checks")
            return 1
    print(f"bundle check: {done} checks ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
