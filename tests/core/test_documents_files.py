"""Saving never loses the previous file, and names are ones Windows accepts."""
import datetime as dt
import os

import pytest

from core.documents import default_file_name, samples, write_minutes, write_notice
from core.documents.files import safe_file_stem
from core.errors import EnvironmentProblem
from core.storage import TEMP_PREFIX

from .docx_helpers import open_docx, texts


def test_write_creates_the_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "bien-ban.docx"
    assert write_minutes(samples.sample_minutes(1), target) == target
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.docx"]
    assert "BIÊN BẢN" in texts(open_docx(target))


def test_a_file_open_in_word_stays_untouched(tmp_path, monkeypatch):
    target = tmp_path / "thong-bao.docx"
    target.write_bytes(b"the old version")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EnvironmentProblem) as caught:
        write_notice(samples.sample_notice(1), target)
    assert caught.value.code == "file_locked"
    assert str(target) in caught.value.message()
    assert "đang được mở" in caught.value.message()
    assert target.read_bytes() == b"the old version"
    assert [p.name for p in tmp_path.iterdir()] == ["thong-bao.docx"]


def test_missing_folder(tmp_path):
    with pytest.raises(EnvironmentProblem) as caught:
        write_minutes(samples.sample_minutes(1), tmp_path / "khong-co" / "a.docx")
    assert caught.value.code == "folder_missing"
    assert not (tmp_path / "khong-co").exists()


def test_read_only_folder(tmp_path, monkeypatch):
    real_open = os.open

    def refused(path, *args, **kwargs):  # the folder refuses new files, as Windows says it
        if TEMP_PREFIX in str(path):
            raise PermissionError(13, "Access is denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(EnvironmentProblem) as caught:
        write_minutes(samples.sample_minutes(1), tmp_path / "a.docx")
    assert caught.value.code == "folder_readonly"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders; covered by the simulated test")
def test_really_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            write_minutes(samples.sample_minutes(1), folder / "a.docx")
        assert caught.value.code == "folder_readonly"
    finally:
        folder.chmod(0o755)


def test_failure_while_writing_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(EnvironmentProblem) as caught:
        write_minutes(samples.sample_minutes(1), target)
    assert caught.value.code == "disk_full"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_default_file_names():
    day = dt.date(2019, 12, 16)
    assert default_file_name("minutes", day, "BCĐ TTĐN") == "Bien-ban-2019-12-16-BCD-TTDN.docx"
    assert default_file_name("notice", day, "BCĐ") == "Thong-bao-ket-luan-2019-12-16-BCD.docx"
    assert default_file_name("invitation", day, None) == "Giay-moi-2019-12-16.docx"
    assert default_file_name("minutes", day, 'Tiểu ban <TT>: "KT"/ĐH?*.') == (
        "Bien-ban-2019-12-16-Tieu-ban-TT-KT-DH.docx")


@pytest.mark.parametrize("text, stem", [
    ("CON", "_CON"),
    ("nul", "_nul"),
    ("LPT1.x", "_LPT1.x"),
    ("Báo cáo. . .", "Bao-cao"),
    ("   ", "van-ban"),
    ("a|b\\c", "a-b-c"),
])
def test_safe_stems(text, stem):
    assert safe_file_stem(text) == stem
