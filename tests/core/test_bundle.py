"""What the built program carries, checked without building it (CI also builds it and runs its
self-test): every file the program opens at run time, none of what it never uses."""
from __future__ import annotations

import stat
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402
import bundle_contents as contents  # noqa: E402


def test_every_file_the_program_reads_at_run_time_is_carried():
    carried = {Path(source).resolve() for source, _folder in contents.program_data_files(ROOT)}
    needed = [p for p in (ROOT / "resources").rglob("*")
              if p.is_file() and p.suffix not in {".py", ".pyc", ".ts"}]
    needed += [p for p in (ROOT / "core" / "migrations").rglob("*")
               if p.is_file() and p.suffix in {".py", ".mako"} and p.name not in {"__init__.py", "runner.py"}]
    assert needed, "nothing found to check"
    missing = [str(p.relative_to(ROOT)) for p in needed if p.resolve() not in carried]
    assert missing == []


def test_each_file_keeps_its_folder_inside_the_bundle():
    for source, folder in contents.program_data_files(ROOT):
        assert Path(source).resolve().parent == (ROOT / folder).resolve()


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),     # --self-test
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),        # the combo arrows, the icon
    ("PySide6/Qt/plugins/iconengines/qsvgicon.dll", True),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/lib/libQt6Charts.so.6", True),                  # the overview chart
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6\\Qt6Qml.dll", False),
    ("PySide6\\Qt6WebEngineCore.dll", False),
])
def test_plugins_and_libraries_the_window_uses_and_only_those(dest, kept):
    assert contents.keep_binary(dest) is kept


def test_qt_translations_stay_out_and_ours_go_in():
    assert not contents.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert contents.keep_data("resources/i18n/thuky_en.qm")
    assert contents.keep_data("docx/templates/default-header.xml")


def test_windows_versions_have_four_numbers():
    assert contents.version_quad("0.1.0") == "0.1.0.0"
    assert contents.version_quad("2.3") == "2.3.0.0"
    assert contents.version_quad("1.2.3.4.5") == "1.2.3.4"
    assert contents.version_quad("1.0rc1") == "1.0.0.0"


def test_portable_zip_unpacks_into_one_folder_with_runnable_programs(tmp_path):
    folder = tmp_path / "ThuKyBCD"
    (folder / "_internal" / "docx" / "templates").mkdir(parents=True)
    program = folder / "ThuKyBCD"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o755)
    (folder / "_internal" / "docx" / "templates" / "default-header.xml").write_text("<hdr/>")
    target = tmp_path / "ThuKyBCD-1.0-test.zip"
    build_bundle.write_zip(folder, target)
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        mode = archive.getinfo("ThuKyBCD/ThuKyBCD").external_attr >> 16
        assert archive.read("ThuKyBCD/_internal/docx/templates/default-header.xml") == b"<hdr/>"
    assert names == ["ThuKyBCD/ThuKyBCD", "ThuKyBCD/_internal/docx/templates/default-header.xml"]
    assert mode & stat.S_IXUSR
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ThuKyBCD", "ThuKyBCD-1.0-test.zip"]


def test_links_to_libraries_left_out_are_removed(tmp_path):
    (tmp_path / "libQt6Gui.so.6").write_bytes(b"lib")
    (tmp_path / "gui-link.so").symlink_to(tmp_path / "libQt6Gui.so.6")
    (tmp_path / "quick-link.so").symlink_to(tmp_path / "libQt6Quick.so.6")  # not shipped
    build_bundle.remove_dangling_links(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gui-link.so", "libQt6Gui.so.6"]
