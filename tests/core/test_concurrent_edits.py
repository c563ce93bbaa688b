"""Several secretaries on one database: the same opinion saved by two people never loses a
text (the second gets a conflict with both), who saved is recorded, and writers on different
records do not get in each other's way."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from core import models as m
from core.db import open_again, open_url
from core.errors import EditConflict
from core.services import Services
from core.services import meeting_opinions
from tests.core.meeting_data import hold_meeting, seed
from tests.engines import server_only


@pytest.fixture
def two(db):
    """Two programs on the same database, as two secretaries at two PCs."""
    other = open_again(db)
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


@server_only("two programs save at the same moment only on a server: a data file is opened by one "
             "program at a time, and SQLite refuses the second of two simultaneous writers "
             "('database is locked') before any version is compared")
def test_two_saves_of_the_same_opinion_at_the_same_moment_lose_neither_text(two, opinion):
    """Hoa and Lan press Save on the same opinion at the same moment, round after round: one
    save is stored, the other gets the conflict carrying both texts; no round loses a text."""
    hoa, lan = two
    version = opinion.version
    for round_ in range(10):
        start = threading.Barrier(2)
        outcome: dict[str, object] = {}

        def save(who: str, services: Services) -> None:
            text = f"Bản của {who}, lượt {round_}."
            start.wait()
            try:
                outcome[who] = services.meetings.update_opinion(
                    opinion_id=opinion.id, text=text, expected_version=version)
            except BaseException as exc:  # noqa: BLE001 - checked below
                outcome[who] = exc

        threads = [threading.Thread(target=save, args=(who, services))
                   for who, services in (("Hoa", hoa), ("Lan", lan))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        conflicts = {who: r for who, r in outcome.items() if isinstance(r, EditConflict)}
        saved = {who: r for who, r in outcome.items() if not isinstance(r, BaseException)}
        assert len(conflicts) == 1 and len(saved) == 1, outcome
        (loser, conflict), (winner, record) = *conflicts.items(), *saved.items()
        assert conflict.mine == f"Bản của {loser}, lượt {round_}."
        assert conflict.theirs == f"Bản của {winner}, lượt {round_}."
        assert f"{winner} sửa lúc" in conflict.message()
        assert stored(hoa, opinion.id) == (conflict.theirs, record.version, winner)
        version = record.version


WRITERS, EDITS, RECORDS_EACH = 5, 1000, 5


@server_only("several programs write at once only on a server; a data file is opened by one "
             "program at a time")
def test_five_writers_a_thousand_edits_each_lose_nothing(db):
    """One secretary edits meeting A's details, two record opinions in meeting B, two update
    tasks: 5 programs × 1,000 saves on different records, all at once. Every save is stored
    (each record holds its last text, its version counts every save), none fails or waits
    for ever."""
    setup = Services(db)
    data = seed(db)
    meeting_a = hold_meeting(setup, data, title="Cuộc họp A")
    meeting_b = hold_meeting(setup, data, title="Cuộc họp B",
                             starts_at=dt.datetime(2020, 6, 12, 8),
                             ends_at=dt.datetime(2020, 6, 12, 11))
    opinions = [[setup.meetings.add_opinion(meeting_id=meeting_b.id, speaker_name="Khách mời",
                                            text=f"Ý kiến {w}-{i}").id
                 for i in range(RECORDS_EACH)] for w in range(2)]
    tasks = [[setup.tasks.create(meeting_id=meeting_b.id, content=f"Nhiệm vụ {w}-{i}",
                                 lead_agency_id=data.agency("Báo Hải Dương"),
                                 deadline="30/06/2020").id
              for i in range(RECORDS_EACH)] for w in range(2)]

    def edit_meeting(services: Services, edit: int) -> None:
        services.meetings.update(meeting_id=meeting_a.id, notes=f"Ghi chú lần {edit}")

    def edit_opinion(records: list[int]):
        def edit(services: Services, number: int) -> None:
            services.meetings.update_opinion(opinion_id=records[number % RECORDS_EACH],
                                             text=f"Ý kiến, lần {number}")
        return edit

    def edit_task(records: list[int]):
        def edit(services: Services, number: int) -> None:
            services.tasks.update(task_id=records[number % RECORDS_EACH],
                                  content=f"Nhiệm vụ, lần {number}")
        return edit

    with db.reading() as session:
        meeting_a_version = session.get(m.Meeting, meeting_a.id).version
    work = [edit_meeting, edit_opinion(opinions[0]), edit_opinion(opinions[1]),
            edit_task(tasks[0]), edit_task(tasks[1])]
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def writer(edit) -> None:  # noqa: ANN001
        try:
            with open_url(db.url) as own:
                services = Services(own)
                start.wait()
                for number in range(EDITS):
                    edit(services, number)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(edit,)) for edit in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    assert not any(thread.is_alive() for thread in threads), "a writer is stuck"
    assert errors == []

    def last(slot: int) -> int:
        return max(n for n in range(EDITS) if n % RECORDS_EACH == slot)

    saves = EDITS // RECORDS_EACH
    with db.reading() as session:
        meeting = session.get(m.Meeting, meeting_a.id)
        assert meeting.notes == f"Ghi chú lần {EDITS - 1}"
        assert meeting.version >= meeting_a_version + EDITS  # every save counted
        for records in opinions:
            for slot, opinion_id in enumerate(records):
                row = session.get(m.Opinion, opinion_id)
                assert (row.text, row.version) == (f"Ý kiến, lần {last(slot)}", 1 + saves)
        for records in tasks:
            for slot, task_id in enumerate(records):
                row = session.get(m.Task, task_id)
                assert row.content == f"Nhiệm vụ, lần {last(slot)}"


_SAVE_IN_ANOTHER_PROGRAM = """
import json, sys, time
from pathlib import Path
from core.db import open_url
from core.errors import EditConflict
from core.services import Services

url, who, opinion_id, version, go, *everyone = sys.argv[1:]
with open_url(url) as db:
    db.user = who
    services = Services(db)
    Path(go + "." + who).touch()  # ready
    while not all(Path(go + "." + name).exists() for name in everyone):
        time.sleep(0.01)  # both press Save once both programs are open
    try:
        record = services.meetings.update_opinion(
            opinion_id=int(opinion_id), text="Bản của " + who + ".", expected_version=int(version))
        print(json.dumps({"saved": record.version}))
    except EditConflict as conflict:
        print(json.dumps({"mine": conflict.mine, "theirs": conflict.theirs,
                          "message": conflict.message()}))
"""


@server_only("two programs open one database at once only on a server; a data file is opened "
             "by one program at a time")
def test_two_programs_saving_the_same_opinion_lose_neither_text(db, opinion, tmp_path):
    """Two separate programs (two processes, as two PCs) save the same opinion at once."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    go = tmp_path / "go"
    root = Path(__file__).resolve().parents[2]
    everyone = ("Hoa", "Lan")
    programs = {who: subprocess.Popen(
        [sys.executable, "-c", _SAVE_IN_ANOTHER_PROGRAM, db.address, who, str(opinion.id),
         str(opinion.version), str(go), *everyone], cwd=root, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True) for who in everyone}
    try:
        answers = {}
        for who, program in programs.items():
            out, err = program.communicate(timeout=120)
            assert program.returncode == 0, err
            answers[who] = json.loads(out.strip().splitlines()[-1])
    finally:
        for program in programs.values():
            if program.poll() is None:
                program.kill()
    winners = [who for who, answer in answers.items() if "saved" in answer]
    losers = [who for who, answer in answers.items() if "mine" in answer]
    assert len(winners) == 1 and len(losers) == 1, answers
    winner, loser = winners[0], losers[0]
    assert answers[loser]["mine"] == f"Bản của {loser}."
    assert answers[loser]["theirs"] == f"Bản của {winner}."
    assert f"{winner} sửa lúc" in answers[loser]["message"]
    assert stored(Services(db), opinion.id) == (f"Bản của {winner}.", answers[winner]["saved"],
                                                 winner)


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
