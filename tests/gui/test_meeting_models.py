"""The workspace's Qt models pass Qt's own model checks, through the changes the tabs make."""
from __future__ import annotations

import dataclasses

from core.services.meeting_records import ConclusionRecord
from gui.meeting.check_list import CheckListModel
from gui.meeting.conclusion_model import ConclusionModel
from gui.meeting.pick import Choice, ChoiceModel, FoldFilter
from gui.meeting.record_model import RecordListModel
from gui.models import Column


@dataclasses.dataclass(frozen=True)
class Row:
    id: int
    text: str


def test_record_list_model_changes_row_by_row(qtmodeltester):
    model = RecordListModel([Column("Nội dung", lambda r: r.text)], reorderable=True)
    qtmodeltester.check(model)
    model.set_rows([Row(1, "một"), Row(2, "hai"), Row(3, "ba")])
    model.append(Row(4, "bốn"))
    model.move(0, 3)
    model.move(3, 1)
    model.replace(Row(2, "hai (sửa)"))
    model.remove(3)
    model.refresh_rows([Row(2, "hai!"), Row(1, "một"), Row(4, "bốn")])
    qtmodeltester.check(model)
    assert [r.text for r in model.rows] == ["hai!", "một", "bốn"]
    assert model.row_of(4) == 2


def test_conclusion_model_is_a_two_level_tree(qtmodeltester):
    def point(pid, text, parent=None, label="1.", children=()):
        return ConclusionRecord(pid, 1, parent, 1, label, text, 0, children)

    model = ConclusionModel()
    model.set_points((point(1, "Một", children=(point(3, "a", 1, "a)"), point(4, "b", 1, "b)"))),
                      point(2, "Hai", label="2.")))
    model.add_point(point(5, "c", 1, "c)"))
    model.add_point(point(6, "Ba", label="3."))
    model.replace_text(point(4, "b sửa", 1, "b)"))
    model.set_task_counts({4: 2})
    qtmodeltester.check(model)
    assert model.index(1, 0, model.index(0, 0)).data() == "b) b sửa [2 nhiệm vụ]"
    assert model.point(model.index_of(5)).text == "c"


def test_pick_and_check_lists(qtmodeltester):
    choices = [Choice("Sở Thông tin và Truyền thông", ("agency", 1), "Sở TT&TT"),
               Choice("Báo Hải Dương", ("agency", 2))]
    picks = ChoiceModel()
    picks.set_choices(choices)
    qtmodeltester.check(picks)
    proxy = FoldFilter()
    proxy.setSourceModel(picks)
    proxy.set_search("so tt")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    checks = CheckListModel()
    checks.set_choices(choices, [("agency", 2)])
    qtmodeltester.check(checks)
    assert checks.labels() == ["Báo Hải Dương"]
