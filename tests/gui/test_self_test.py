"""``--self-test``: the check IT runs on a new PC and CI runs on the built bundle."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import self_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_from_another_folder_and_leaves_the_users_data_alone(tmp_path):
    elsewhere = tmp_path / "elsewhere"  # resources must be found through the package, not the cwd
    elsewhere.mkdir()
    user_data = tmp_path / "user-data"
    out = tmp_path / "out"
    env = {**os.environ, "THUKY_DATA_DIR": str(user_data)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test", "--out", str(out)],
                         cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    lines = run.stdout.strip().splitlines()
    assert run.returncode == 0, run.stdout + run.stderr
    assert lines[-1] == f"self-test: {len(self_test.STEPS)} steps ok"
    assert [line.split()[2] for line in lines[1:-1]] == [name.split()[0] for name, _ in self_test.STEPS]
    for name in ("minutes.docx", "notice.docx", "invitation.docx", "nhiem-vu.xlsx", "bao-cao.docx",
                 "bao-cao.xlsx", "tu-kiem-tra.sqlite"):
        assert (out / name).is_file(), name
    assert not user_data.exists()  # neither the user's settings nor their data folder
    assert list(elsewhere.iterdir()) == []


def test_a_failing_step_is_reported_and_stops_the_run(monkeypatch, tmp_path):
    ran = []

    def fine(ctx):
        ran.append("fine")
        return "all there"

    def broken(ctx):
        raise FileNotFoundError("docx/templates/default-header.xml")

    monkeypatch.setattr(self_test, "STEPS", (("first", fine), ("minutes", broken), ("later", fine)))
    out = io.StringIO()
    code = self_test.run_steps(self_test.Context(work=tmp_path, out=tmp_path), out)
    lines = out.getvalue().splitlines()
    assert code == 1
    assert ran == ["fine"]  # nothing after the failure
    assert lines[0].startswith("ok") and "first" in lines[0]
    assert lines[1].startswith("FAILED  2 minutes: FileNotFoundError")
    assert lines[-1] == "self-test: failed at step 2 (minutes)"


def test_self_test_refuses_a_folder_that_holds_files(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("x")
    assert self_test.run_self_test(["--out", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
