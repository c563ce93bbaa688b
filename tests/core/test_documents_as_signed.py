"""The documents read as the head of office reads them before signing: recipients, who speaks
for the committee, invitation dates and invitees, people printed as people, counts that agree,
wording, the file itself, and a number issued exactly once."""
from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import event

from core import errors
from core.demo import load_demo
from core.documents import wording as w
from core.documents.model import TaskLine
from core.services.documents import DocumentOptions, invitation_date
from tests.core.docx_helpers import cell_texts, texts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(services):
    load_demo(services)
    return services, {m.starts_at.date(): m for m in services.meetings.list()}


def _write(services, meeting, kind, path, **kw):
    written, issued = services.documents.write(meeting_id=meeting.id, kind=kind, path=path, **kw)
    return docx.Document(written), issued


def _recipients(doc) -> list[str]:
    """Nơi nhận as printed: the label's cell (notice, invitation) or the lines after it."""
    lines = texts(doc)
    start = lines.index("Nơi nhận:")
    out = []
    for line in lines[start + 1:]:
        if not line.startswith("- "):
            break
        out.append(line)
    return out


# --- 2. recipients ------------------------------------------------------------------------------
def test_a_tieu_bans_notice_goes_to_its_own_members_and_points_to_no_kinh_gui(demo, tmp_path):
    services, meetings = demo
    doc, _ = _write(services, meetings[dt.date(2020, 3, 31)], "notice", tmp_path / "tb.docx")
    assert _recipients(doc) == ["- Các thành viên Tiểu ban;", "- Các cơ quan, đơn vị liên quan;",
                                "- Lưu VT."]
    assert not any("Ban Chỉ đạo" in line or "Như trên" in line for line in _recipients(doc))


def test_a_committees_own_recipients_win_over_the_organisations(demo, tmp_path):
    from core.services import settings as st

    services, meetings = demo
    meeting = meetings[dt.date(2020, 6, 11)]
    services.settings.set(key=st.RECIPIENTS, value="Như trên;\nThường trực Tỉnh ủy;\nLưu: VT.")
    services.committees.update(committee_id=meeting.committee_id,
                               recipients="Thường trực Tỉnh ủy (để b/c);\nCác thành viên Tiểu ban;\n"
                                          "Lưu Văn phòng Tiểu ban.")
    doc, _ = _write(services, meeting, "notice", tmp_path / "tb.docx")
    assert _recipients(doc) == ["- Thường trực Tỉnh ủy (để b/c);", "- Các thành viên Tiểu ban;",
                                "- Lưu Văn phòng Tiểu ban."]
    # Another committee has set no list: the organisation's default, without "Như trên" (a
    # notice has no Kính gửi line for it to point to).
    other, _ = _write(services, meetings[dt.date(2019, 12, 16)], "notice", tmp_path / "tb2.docx")
    assert _recipients(other) == ["- Thường trực Tỉnh ủy;", "- Lưu: VT."]


def test_party_invitations_and_reports_end_with_the_archive_line(demo, tmp_path):
    services, meetings = demo
    meeting = meetings[dt.date(2017, 2, 24)]  # Hà Nam, party style
    doc, _ = _write(services, meeting, "invitation", tmp_path / "gm.docx")
    assert _recipients(doc)[-1] == "- Lưu VT."
    report = services.reports.write(committee_id=meeting.committee_id, start=dt.date(2017, 1, 1),
                                    end=dt.date(2017, 12, 31), path=tmp_path / "bc.docx",
                                    today=dt.date(2018, 1, 5))
    assert _recipients(docx.Document(report))[-1] == "- Lưu VT."


# --- 3. the issuing body ------------------------------------------------------------------------
def test_a_tieu_bans_notice_is_announced_by_the_tieu_ban(demo, tmp_path):
    services, meetings = demo
    doc, _ = _write(services, meetings[dt.date(2020, 6, 11)], "notice", tmp_path / "tb.docx")
    lines = texts(doc)
    assert "TIỂU BAN TUYÊN TRUYỀN VÀ PHỤC VỤ ĐẠI HỘI" in lines
    assert ("Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII thông báo để các cơ "
            "quan, đơn vị biết, thực hiện.") in lines
    assert not any(line.startswith("Ban Tuyên giáo Tỉnh ủy thông báo") for line in lines)
    # A state committee's standing office names its committee: it keeps speaking for it.
    doc, _ = _write(services, meetings[dt.date(2019, 12, 16)], "notice", tmp_path / "tb2.docx")
    assert ("Cơ quan Thường trực Ban Chỉ đạo thông báo để các cơ quan, đơn vị biết, thực hiện./."
            in texts(doc))


# --- 4. invitations -----------------------------------------------------------------------------
def test_an_old_meetings_invitation_is_dated_and_numbered_before_the_meeting(demo, tmp_path):
    services, meetings = demo
    doc, issued = _write(services, meetings[dt.date(2014, 10, 28)], "invitation", tmp_path / "gm.docx")
    # Five days before a Tuesday: the Thursday before, in the 2014 series (not today's).
    assert issued.issued_on == dt.date(2014, 10, 23) and issued.series == "2014"
    assert "Quảng Ninh, ngày 23 tháng 10 năm 2014" in texts(doc)
    assert "Số: 01/GM-BCĐ" in texts(doc)
    with pytest.raises(errors.ValidationError) as caught:
        services.documents.write(meeting_id=meetings[dt.date(2019, 12, 16)].id, kind="invitation",
                                 path=tmp_path / "late.docx",
                                 options=DocumentOptions(issue_date=dt.date(2019, 12, 17)))
    assert "trước cuộc họp" in caught.value.message()
    assert not (tmp_path / "late.docx").exists()


@pytest.mark.parametrize("today, meeting, proposed", [
    (dt.date(2026, 3, 2), dt.date(2026, 3, 10), dt.date(2026, 3, 2)),   # still to come: today
    (dt.date(2026, 3, 10), dt.date(2026, 3, 10), dt.date(2026, 3, 5)),  # the day itself: before
    (dt.date(2026, 3, 20), dt.date(2026, 3, 16), dt.date(2026, 3, 11)),  # a Monday: the Wednesday
    (dt.date(2026, 3, 20), dt.date(2026, 3, 12), dt.date(2026, 3, 6)),   # never a weekend
])
def test_the_proposed_invitation_date_is_before_the_meeting(today, meeting, proposed):
    assert invitation_date(meeting, today) == proposed


def test_the_chair_who_signs_is_not_among_his_own_invitees(demo, tmp_path):
    services, meetings = demo
    doc, _ = _write(services, meetings[dt.date(2019, 12, 16)], "invitation", tmp_path / "gm.docx")
    invitees = [t for t in texts(doc) if t.startswith("- ") and "Như thành phần" not in t
                and not t.startswith("- Lưu")]
    assert invitees and not any("Vi Ngọc Bích" in t for t in invitees)
    assert cell_texts(doc.tables[-1].rows[0].cells[1])[-1] == "Vi Ngọc Bích"
    # Someone else chosen to sign: the chair is invited again, the new signer is not.
    prepared = services.documents.prepare(meeting_id=meetings[dt.date(2019, 12, 16)].id,
                                          kind="invitation")
    other = prepared.with_options(DocumentOptions(signer_name="Mai Vũ Tuấn", authority="KT. TRƯỞNG BAN",
                                                  signer_title="Phó Trưởng ban thường trực"))
    names = [a.name for a in other.data.meeting.members]
    assert "Vi Ngọc Bích" in names and "Mai Vũ Tuấn" not in names


# --- 5. people ----------------------------------------------------------------------------------
@pytest.fixture
def small(services):
    """A committee whose members are named Ông Văn Tùng and Phó Đức Phương (real family names
    that are also title words), a held meeting, one guest typed as a description."""
    agency = services.agencies.create(name="Sở Du lịch tỉnh Quảng Ninh")
    people = {name: services.people.create(full_name=name, position=position, agency_id=agency.id)
              for name, position in (("Ông Văn Tùng", "Giám đốc Sở Du lịch"),
                                     ("Phó Đức Phương", "Phó Giám đốc Sở Du lịch"),
                                     ("Lê Thị Hoa", "Chuyên viên"))}
    committee = services.committees.create(name="Ban Chỉ đạo du lịch tỉnh", abbreviation="BCĐ",
                                           place_name="Quảng Ninh")
    for (name, person), role in zip(people.items(), ("Trưởng ban", "Ủy viên", "Thư ký")):
        services.committees.add_member(committee_id=committee.id, person_id=person.id, role=role,
                                       start_date=dt.date(2020, 1, 1))
    meeting = services.meetings.create(
        committee_id=committee.id, kind="Phiên họp", title="Phiên họp quý I/2026",
        starts_at=dt.datetime(2026, 3, 10, 8), place="Phòng họp",
        chair_id=people["Ông Văn Tùng"].id, secretary_id=people["Lê Thị Hoa"].id,
        agenda=[])
    guest = services.meetings.add_guest(meeting_id=meeting.id, name="Đại diện lãnh đạo Sở Du lịch",
                                        position="Phó Giám đốc", agency_name="Sở Du lịch tỉnh Quảng Ninh",
                                        name_is_title=True)
    # A guest typed by his own name (not in the register): a person, with position and agency.
    services.meetings.add_guest(meeting_id=meeting.id, name="Trần Văn Khách", position="Phó Giám đốc",
                                agency_name="Sở Tài chính")
    for row in services.meetings.get(meeting_id=meeting.id).attendance:
        services.meetings.set_attendance(attendance_id=row.id, status="present")
    services.meetings.add_opinion(meeting_id=meeting.id, text="Đề nghị tăng quảng bá.",
                                  speaker_name=guest.name, speaker_position="Phó Giám đốc")
    services.meetings.add_conclusion_point(meeting_id=meeting.id, text="Tăng cường quảng bá du lịch.")
    services.meetings.set_status(meeting_id=meeting.id, new_status="held")
    return services, meeting, people


def test_people_are_printed_as_people_and_descriptions_once(small, tmp_path):
    services, meeting, _people = small
    doc, _ = _write(services, meeting, "minutes", tmp_path / "bb.docx")
    lines = texts(doc)
    assert "- Đồng chí Ông Văn Tùng, Giám đốc Sở Du lịch;" in lines
    assert "- Đồng chí Phó Đức Phương, Phó Giám đốc Sở Du lịch;" in lines
    assert "- Đại diện lãnh đạo Sở Du lịch;" in lines
    assert "- Đồng chí Trần Văn Khách, Phó Giám đốc, Sở Tài chính." in lines
    assert "Đại diện lãnh đạo Sở Du lịch phát biểu: Đề nghị tăng quảng bá." in lines
    assert "Chủ trì: đồng chí Ông Văn Tùng, Giám đốc Sở Du lịch." in lines
    notice, _ = _write(services, meeting, "notice", tmp_path / "tb.docx")
    opening = next(t for t in texts(notice) if t.startswith("Ngày 10/03/2026"))
    assert opening.endswith("Tham dự có các đồng chí: Phó Đức Phương, Phó Giám đốc Sở Du lịch; "
                            "Lê Thị Hoa, Chuyên viên; Đại diện lãnh đạo Sở Du lịch; Trần Văn Khách, "
                            "Phó Giám đốc.")


def test_the_presenters_own_words_are_the_presentation(demo, tmp_path):
    services, meetings = demo
    doc, _ = _write(services, meetings[dt.date(2019, 12, 16)], "minutes", tmp_path / "bb.docx")
    lines = texts(doc)
    said = [t for t in lines if t.startswith("Đồng chí Đỗ Thị Minh Hà")]
    assert len(said) == 1 and said[0].startswith(
        "Đồng chí Đỗ Thị Minh Hà, Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy, trình bày: "
        "Năm 2019")


# --- 6. counts ----------------------------------------------------------------------------------
def test_one_count_for_the_tab_the_minutes_and_the_notice(demo, tmp_path):
    services, meetings = demo
    meeting = meetings[dt.date(2019, 12, 16)]
    services.meetings.set_status(meeting_id=meeting.id, new_status="held", reason="Sửa điểm danh")
    detail = services.meetings.get(meeting_id=meeting.id)
    absent = next(a for a in detail.attendance if a.is_member and a.status == "absent")
    services.meetings.set_attendance(attendance_id=absent.id, status="substituted",
                                     substitute_name="Nguyễn Văn Bình",
                                     substitute_position="Phó Giám đốc Sở Ngoại vụ")
    detail = services.meetings.get(meeting_id=meeting.id)
    assert (detail.members.present, detail.members.total) == (6, 6)  # what the attendance tab shows
    doc, _ = _write(services, meeting, "minutes", tmp_path / "bb.docx")
    assert "Có mặt: 6/6 đồng chí (trong đó 1 đồng chí dự thay)." in texts(doc)
    notice, _ = _write(services, meeting, "notice", tmp_path / "tb.docx")
    assert "Nguyễn Văn Bình, Phó Giám đốc Sở Ngoại vụ" in "\n".join(texts(notice))


def test_documents_a_meeting_is_not_ready_for_are_refused_unless_insisted(demo, tmp_path):
    services, meetings = demo
    first = meetings[dt.date(2019, 12, 16)]
    planned = services.meetings.create(
        committee_id=first.committee_id, kind="Phiên họp", title="Phiên họp tháng 12",
        starts_at=dt.datetime(2019, 12, 27, 8))
    for kind in ("minutes", "notice"):
        with pytest.raises(errors.ConflictError) as caught:
            services.documents.write(meeting_id=planned.id, kind=kind, path=tmp_path / f"{kind}.docx")
        assert "chưa diễn ra" in caught.value.message()
        assert not (tmp_path / f"{kind}.docx").exists()
        assert services.documents.issued(meeting_id=planned.id, kind=kind) is None
    # The invitation of a planned meeting is exactly what is expected.
    services.documents.write(meeting_id=planned.id, kind="invitation", path=tmp_path / "gm.docx")
    # Held, but nothing concluded: the notice would announce nothing.
    services.meetings.set_status(meeting_id=planned.id, new_status="held")
    with pytest.raises(errors.ConflictError) as caught:
        services.documents.write(meeting_id=planned.id, kind="notice", path=tmp_path / "tb.docx")
    assert "chưa có kết luận" in caught.value.message()
    # A planned meeting's draft minutes count nobody present who was never marked.
    draft = services.meetings.create(
        committee_id=first.committee_id, kind="Phiên họp", title="Phiên họp dự kiến",
        starts_at=dt.datetime(2019, 12, 30, 8))
    doc, _ = _write(services, draft, "minutes", tmp_path / "draft.docx", insist=True)
    count = next(t for t in texts(doc) if t.startswith("Có mặt:"))
    assert count.startswith("Có mặt: 0/") and "Chưa điểm danh:" in count


# --- 7. wording ---------------------------------------------------------------------------------
def test_lower_case_mid_sentence_keeps_the_typed_start_of_a_sentence():
    task = TaskLine("Xây dựng chuyên trang", "Báo Hải Dương", deadline_kind="period",
                    deadline_text="Quý II/2020")
    assert w.task_parts(task)[1] == " chủ trì xây dựng chuyên trang, hoàn thành trong quý II/2020"
    assert w.reason_text("Ốm") == " (lý do: ốm)"
    assert w.reason_text("UBND tỉnh triệu tập") == " (lý do: UBND tỉnh triệu tập)"  # an acronym


def test_no_count_of_zero_is_printed():
    from core.attendance import tally

    assert w.count_line(tally(["present"] * 5)) == "Có mặt: 5/5 đồng chí."
    assert w.count_line(tally(["present", "absent"])) == "Có mặt: 1/2 đồng chí; Vắng mặt: 1 đồng chí."


def test_the_report_never_says_zero_tasks_remain(demo, tmp_path):
    from core.reports import wording as rw

    services, meetings = demo
    data = services.reports.build(committee_id=meetings[dt.date(2019, 12, 16)].committee_id,
                                  start=dt.date(2030, 1, 1), end=dt.date(2030, 3, 31),
                                  today=dt.date(2030, 4, 1))
    lines = [line for line in rw.general_paragraphs(data)]
    assert not any(" 0 nhiệm vụ" in line for line in lines[1:]), lines


def test_no_doubled_verbs_from_joining_phrases():
    task = TaskLine("Phối hợp tuyên truyền trên báo chí", "Ban Tuyên giáo Tỉnh ủy",
                    coordinators=("Sở Thông tin và Truyền thông",), deadline_kind="regular")
    assert w.task_parts(task)[1] == (" chủ trì, phối hợp với Sở Thông tin và Truyền thông tuyên "
                                     "truyền trên báo chí, thực hiện thường xuyên")
    task = TaskLine("Chủ trì tổ chức hội nghị", "Sở Nội vụ", deadline_kind="regular")
    assert w.task_parts(task)[1] == " chủ trì tổ chức hội nghị, thực hiện thường xuyên"


def test_a_typed_double_period_becomes_one(small, tmp_path):
    assert w.tidy("Đề nghị khẩn trương..") == "Đề nghị khẩn trương."
    assert w.tidy("Còn nữa...") == "Còn nữa..."
    assert w.tidy("thực hiện./.") == "thực hiện./."
    services, meeting, _people = small
    services.meetings.add_opinion(meeting_id=meeting.id, text="Cần làm ngay..",
                                  speaker_id=_people["Phó Đức Phương"].id)
    doc, _ = _write(services, meeting, "minutes", tmp_path / "bb.docx")
    assert "Các ý kiến khác:" in texts(doc)
    assert not any(".." in t.replace("./.", "").replace("...", "") for t in texts(doc))


# --- 8. the file as a file ----------------------------------------------------------------------
def test_the_file_says_who_wrote_it_when_and_what_it_is(demo, tmp_path):
    services, meetings = demo
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    doc, _ = _write(services, meetings[dt.date(2019, 12, 16)], "notice", tmp_path / "tb.docx")
    props = doc.core_properties
    aware = lambda t: t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)  # noqa: E731
    assert aware(props.created) >= before and aware(props.modified) >= before
    assert props.author == "Cơ quan Thường trực Ban Chỉ đạo"
    assert props.title.startswith("Thông báo kết luận của đồng chí Vi Ngọc Bích")
    with zipfile.ZipFile(tmp_path / "tb.docx") as package:
        assert not any("thumbnail" in name for name in package.namelist())
        assert "<Application>Thư ký Ban Chỉ đạo</Application>" in package.read(
            "docProps/app.xml").decode("utf-8")
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert stat.S_IMODE((tmp_path / "tb.docx").stat().st_mode) == 0o666 & ~mask


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, THUKY_DATA_DIR=str(cwd / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


@pytest.fixture
def demo_file(tmp_path) -> Path:
    from core.demo import build_demo

    path = tmp_path / "demo.sqlite"
    build_demo(path)
    return path


def test_export_refuses_an_existing_file_and_a_name_not_ending_docx(demo_file, tmp_path):
    target = tmp_path / "bb.docx"
    target.write_bytes(b"the clerk's own file")
    result = _cli("export", "minutes", "--meeting", "2", "--db", str(demo_file), "--out",
                  str(target), cwd=tmp_path)
    assert result.returncode == 2 and "đã có" in result.stderr
    assert target.read_bytes() == b"the clerk's own file"
    result = _cli("export", "notice", "--meeting", "2", "--db", str(demo_file), "--out",
                  str(tmp_path / "tb.doc"), cwd=tmp_path)
    assert result.returncode == 2 and ".docx" in result.stderr
    assert not (tmp_path / "tb.doc").exists()


def test_the_command_line_refuses_a_planned_meeting_unless_draft(demo_file, tmp_path):
    from core.db import open_database
    from core.services import Services

    db = open_database(demo_file, daily_backup=False)
    try:
        services = Services(db)
        first = next(m for m in services.meetings.list() if m.starts_at.year == 2019)
        planned = services.meetings.create(committee_id=first.committee_id, kind="Phiên họp",
                                           title="Phiên họp sắp tới",
                                           starts_at=dt.datetime(2019, 12, 28, 8))
    finally:
        db.close()
    out = tmp_path / "bb.docx"
    result = _cli("export", "minutes", "--meeting", str(planned.id), "--db", str(demo_file),
                  "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2 and "chưa diễn ra" in result.stderr and not out.exists()
    result = _cli("export", "minutes", "--meeting", str(planned.id), "--db", str(demo_file),
                  "--out", str(out), "--draft", cwd=tmp_path)
    assert result.returncode == 0 and out.exists()


# --- 9 and 13.3. a number is issued exactly once ----------------------------------------------
def test_a_read_only_database_is_refused_before_any_file_is_written(demo, tmp_path):
    """A file only readable, or a server that only reads (a standby, a login without the right
    to write)."""
    services, meetings = demo
    engine = services.db.engine if hasattr(services, "db") else None
    engine = engine or services.documents.db.engine

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection, _record):  # noqa: ANN001
        if engine.dialect.name == "postgresql":
            dbapi_connection.autocommit = True  # the setting outlives this first transaction
            dbapi_connection.execute("SET default_transaction_read_only = on")
            dbapi_connection.autocommit = False
        else:
            dbapi_connection.execute("PRAGMA query_only = ON")

    engine.dispose()
    target = tmp_path / "bb.docx"
    with pytest.raises(errors.EnvironmentProblem) as caught:
        services.documents.write(meeting_id=meetings[dt.date(2019, 12, 16)].id, kind="minutes",
                                 path=target)
    assert caught.value.code == "database_readonly"
    assert not target.exists() and not list(tmp_path.glob(".thuky-tmp-*"))


def test_a_write_stopped_after_the_file_reuses_its_reserved_number(demo_file, tmp_path):
    """The process dies after the file is in place but before the number is marked written:
    the database still knows the number (reserved), shows it, and the next write reuses it."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from core.db import open_database\n"
        "from core.services import Services\n"
        "from core.services import documents as docs\n"
        "docs.DocumentService._confirm = lambda self, row_id, target: os._exit(9)\n"
        f"db = open_database(Path({str(demo_file)!r}), daily_backup=False)\n"
        f"Services(db).documents.write(meeting_id=2, kind='minutes', path=Path({str(tmp_path / 'bb.docx')!r}))\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert killed.returncode == 9, killed.stderr
    assert (tmp_path / "bb.docx").exists()

    from core.db import open_database
    from core.services import Services

    db = open_database(demo_file, daily_backup=False)
    try:
        documents = Services(db).documents
        pending = documents.pending()
        assert [(p.number, p.doc_type, p.meeting_id) for p in pending] == [(1, "BB", 2)]
        assert pending[0].file_path == str(tmp_path / "bb.docx")
        prepared = documents.prepare(meeting_id=2, kind="minutes")
        assert prepared.issued.reserved and prepared.number == 1
        # The overview still lists the meeting as lacking its minutes.
        now = Services(db).overview.today(today=dt.date(2026, 1, 5), now=dt.datetime(2026, 1, 5, 8))
        assert "biên bản" in {x.meeting.id: x.missing for x in now.undocumented}[2]
        # Another meeting of the same committee and year does not take number 01.
        _, again = documents.write(meeting_id=2, kind="minutes", path=tmp_path / "bb-2.docx")
        assert (again.number, again.state) == (1, "written")
        assert documents.pending() == []
    finally:
        db.close()


def test_a_failed_file_gives_its_number_back_and_an_earlier_number_stays(demo, tmp_path, monkeypatch):
    from core.documents import files

    services, meetings = demo
    meeting = meetings[dt.date(2019, 12, 16)]
    _write(services, meeting, "minutes", tmp_path / "bb.docx", options=DocumentOptions(number=3))

    def disk_full(*_a, **_k):
        raise errors.EnvironmentProblem("disk_full", path="x")

    monkeypatch.setattr(files, "save_document", disk_full)
    with pytest.raises(errors.EnvironmentProblem):
        services.documents.write(meeting_id=meeting.id, kind="minutes", path=tmp_path / "b2.docx",
                                 options=DocumentOptions(number=7))
    issued = services.documents.issued(meeting_id=meeting.id, kind="minutes")
    assert (issued.number, issued.state) == (3, "written")


def test_prepare_then_write_builds_once_and_applies_the_choices(demo, tmp_path):
    services, meetings = demo
    meeting = meetings[dt.date(2019, 12, 16)]
    prepared = services.documents.prepare(meeting_id=meeting.id, kind="notice")
    chosen = prepared.with_options(DocumentOptions(number=9, issue_date=dt.date(2019, 12, 18)))
    assert chosen.data.number.number == 9 and chosen.data.issue_date == dt.date(2019, 12, 18)
    path, issued = services.documents.write_prepared(chosen, tmp_path / "tb.docx")
    assert issued.number == 9 and "Số: 09/TB-BCĐ" in texts(docx.Document(path))
