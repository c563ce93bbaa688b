"""Several secretaries on one database: the same opinion saved by two people never loses a
text (the second gets a conflict with both), who saved is recorded, and writers on different
records do not get in each other's way."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from core import models as m
from core.db import open_database, open_url
from core.errors import EditConflict
from core.services import Services
from core.services import meeting_opinions
from tests.core.meeting_data import hold_meeting, seed
from tests.engines import server_only


@pytest.fixture
def two(db):
    """Two programs on the same database, as two secretaries at two PCs."""
    other = open_url(db.url) if db.url is not None else open_database(
        db.path, lock=False, daily_backup=False)
    db.user, other.user = "Hoa", "Lan"
    yield Services(db), Services(other)
    other.close()


@pytest.fixture
def opinion(db, two):
    mine, _ = two
    data = seed(db)
    meeting = hold_meeting(mine, data)
    return mine.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Lê Thị Mai"),
                                     text="Báo đề xuất mở chuyên trang.")


def stored(services, opinion_id):
    with services.db.reading() as session:
        row = session.get(m.Opinion, opinion_id)
        return row.text, row.version, row.updated_by


def test_the_second_save_of_the_same_opinion_gets_both_texts(two, opinion):
    hoa, lan = two
    seen_by_lan = opinion  # both opened the opinion as it was
    hoa.meetings.update_opinion(opinion_id=opinion.id, text="Bản của Hoa.",
                                expected_version=opinion.version)
    with pytest.raises(EditConflict) as caught:
        lan.meetings.update_opinion(opinion_id=opinion.id, text="Bản của Lan.",
                                    expected_version=seen_by_lan.version)
    conflict = caught.value
    assert (conflict.mine, conflict.theirs) == ("Bản của Lan.", "Bản của Hoa.")
    assert "Hoa sửa lúc" in conflict.message() and conflict.values["when"][:2].isdigit()
    assert stored(lan, opinion.id)[0] == "Bản của Hoa."  # nothing was overwritten
    # Lan keeps hers, knowingly: saved over the version she has now seen
    kept = lan.meetings.update_opinion(opinion_id=opinion.id, text=conflict.mine,
                                       expected_version=conflict.version)
    assert stored(hoa, opinion.id) == ("Bản của Lan.", kept.version, "Lan")


def test_each_save_records_who_made_it(two, opinion):
    hoa, lan = two
    assert stored(hoa, opinion.id)[2] == "Hoa"
    record = lan.meetings.update_opinion(opinion_id=opinion.id, text="Lan sửa.")
    assert stored(hoa, opinion.id) == ("Lan sửa.", opinion.version + 1, "Lan")
    assert record.version == opinion.version + 1


@server_only("on SQLite one writer holds the file: a save that read before another's commit "
             "is stopped by the file lock, not by the version")
def test_a_save_landing_between_read_and_write_is_a_conflict_too(two, opinion, monkeypatch):
    hoa, lan = two
    real = meeting_opinions.editable_meeting
    done = []

    def hoa_saves_meanwhile(session, meeting_id):
        if not done:
            done.append(True)
            hoa.meetings.update_opinion(opinion_id=opinion.id, text="Hoa nhanh hơn.")
        return real(session, meeting_id)

    monkeypatch.setattr(meeting_opinions, "editable_meeting", hoa_saves_meanwhile)
    with pytest.raises(EditConflict) as caught:
        lan.meetings.update_opinion(opinion_id=opinion.id, text="Lan chậm hơn.",
                                    expected_version=opinion.version)
    assert (caught.value.mine, caught.value.theirs) == ("Lan chậm hơn.", "Hoa nhanh hơn.")
    assert stored(hoa, opinion.id)[0] == "Hoa nhanh hơn."


@server_only("several programs write at once only on a server")
def test_five_writers_on_different_opinions_lose_nothing(db, opinion):
    services = Services(db)
    meeting_id = opinion.meeting_id
    writers, edits = 5, 200
    mine = [[services.meetings.add_opinion(meeting_id=meeting_id, speaker_name="Khách mời",
                                           text=f"Ý kiến {w}-{i}").id for i in range(3)]
            for w in range(writers)]
    errors: list[BaseException] = []

    def write(number: int) -> None:
        with open_url(db.url) as own:
            ops = Services(own).meetings
            try:
                for edit in range(edits):
                    ops.update_opinion(opinion_id=mine[number][edit % 3],
                                       text=f"Người {number}, lần {edit}")
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.reading() as session:
        rows = {r.id: (r.text, r.version) for r in session.scalars(select(m.Opinion))}
    for number in range(writers):
        for slot, opinion_id in enumerate(mine[number]):
            last = max(e for e in range(edits) if e % 3 == slot)
            saves = len([e for e in range(edits) if e % 3 == slot])
            assert rows[opinion_id] == (f"Người {number}, lần {last}", 1 + saves)


def test_the_second_save_of_the_same_task_gets_both_contents(db, two):
    hoa, lan = two
    data = seed(db)
    meeting = hold_meeting(hoa, data)
    task = hoa.tasks.create(meeting_id=meeting.id, content="Xây dựng kế hoạch tuyên truyền.",
                            lead_agency_id=data.agency("Báo Hải Dương"), deadline="30/06/2020")
    hoa.tasks.update(task_id=task.id, content="Kế hoạch tuyên truyền quý III.",
                     expected_version=task.version)
    with pytest.raises(EditConflict) as caught:
        lan.tasks.update(task_id=task.id, content="Kế hoạch tuyên truyền cả năm.",
                         expected_version=task.version)
    assert (caught.value.mine, caught.value.theirs) == ("Kế hoạch tuyên truyền cả năm.",
                                                        "Kế hoạch tuyên truyền quý III.")
    assert "Nhiệm vụ đã được Hoa sửa lúc" in caught.value.message()
    assert lan.tasks.get(task_id=task.id).content == "Kế hoạch tuyên truyền quý III."


@server_only("on SQLite one writer holds the file: a save that read before another's commit "
             "is stopped by the file lock, not by the version")
def test_meeting_info_saved_by_two_at_once_is_a_conflict_not_an_overwrite(db, two, monkeypatch):
    from core.services import meetings as meetings_module

    hoa, lan = two
    meeting = hold_meeting(hoa, seed(db))
    real = meetings_module.editable_meeting
    done = []

    def hoa_saves_meanwhile(session, meeting_id):
        row = real(session, meeting_id)
        if not done:
            done.append(True)
            hoa.meetings.update(meeting_id=meeting_id, title="Tiêu đề của Hoa")
        return row

    monkeypatch.setattr(meetings_module, "editable_meeting", hoa_saves_meanwhile)
    with pytest.raises(EditConflict) as caught:
        lan.meetings.update(meeting_id=meeting.id, title="Tiêu đề của Lan")
    assert (caught.value.mine, caught.value.theirs) == ("Tiêu đề của Lan", "Tiêu đề của Hoa")
    assert hoa.meetings.get(meeting_id=meeting.id).title == "Tiêu đề của Hoa"
