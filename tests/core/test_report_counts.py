"""The report's numbers on a dataset where each one is known (tests/core/report_data.py), and
the register's filters behind each number selecting exactly the tasks counted."""
from __future__ import annotations

import pytest

from core.errors import ValidationError
from core.reports.model import MEASURES
from core.services.reports import lead_filters
from tests.core import report_data as rd
from tests.core.report_data import BAO, DAI, EXPECTED, PERSON, Q1, SO, WRITTEN_ON, D


@pytest.fixture
def data(services):
    return rd.build(services)


@pytest.fixture
def summary(services, data):
    return services.reports.summary(committee_id=data.committee_x, start=Q1[0], end=Q1[1],
                                    today=WRITTEN_ON)


def test_the_report_speaks_for_the_last_day_of_a_past_period(summary):
    assert summary.as_of == D(2026, 3, 31)


def test_overall_counts(summary):
    total = summary.total
    assert (total.assigned, total.due, total.done_on_time, total.done_late, total.overdue) == (
        2, 9, 5, 2, 3)
    assert (total.due_done, total.extended, total.done) == (6, 1, 7)
    assert total.rate == pytest.approx(6 / 9)


def test_counts_per_lead_in_vietnamese_order_with_the_person_who_leads_alone(summary):
    assert [lead.name for lead in summary.by_lead] == [BAO, PERSON, DAI, SO]
    got = {lead.name: lead.counts for lead in summary.by_lead}
    for measure, expected in EXPECTED.items():
        for name, counts in got.items():
            assert getattr(counts, measure) == len(expected.get(name, ())), (measure, name)
    assert got[SO].rate == pytest.approx(0.5)
    assert got[DAI].rate == 1.0
    assert got[BAO].extended == 0 and got[DAI].extended == 1


@pytest.mark.parametrize("measure", MEASURES)
def test_each_number_opens_exactly_the_tasks_it_counted(services, data, summary, measure):
    for lead in summary.by_lead:
        filters = lead_filters(measure, summary, lead)
        tasks = services.tasks.list(today=WRITTEN_ON, **filters)
        assert data.names(t.id for t in tasks) == EXPECTED[measure].get(lead.name, set())
        assert services.tasks.count(today=WRITTEN_ON, **filters) == len(tasks)
    overall = services.tasks.list(today=WRITTEN_ON, **lead_filters(measure, summary))
    assert data.names(t.id for t in overall) == set().union(*EXPECTED[measure].values())


def test_edges_due_on_the_last_day_done_on_the_due_date_no_deadline_extended(services, data, summary):
    def names(measure):
        return set().union(*EXPECTED[measure].values())

    assert "t7" in names("due") and "t7" not in names("overdue")      # due on the last day
    assert "t2" in names("done_on_time")                               # done on the due date
    assert "t6" not in names("due") | names("overdue")                 # no deadline
    assert "t12" in names("done_on_time")                              # no deadline, done
    assert "t8" not in names("due") | names("overdue")                 # extended past the period
    assert "t9" in names("done_late") and "t9" in names("extended")    # judged by the new date
    assert "t10" in names("overdue") and "t10" not in names("due_done")  # done after the period


def test_a_running_period_speaks_for_today(services, data):
    today = D(2026, 3, 15)
    summary = services.reports.summary(committee_id=data.committee_x, start=Q1[0], end=Q1[1],
                                       today=today)
    assert summary.as_of == today
    overdue = services.tasks.list(today=today, **lead_filters("overdue", summary))
    # t4 is due today: not yet late. t3 (due 28/02, done 05/03) is no longer late on 15/03.
    assert data.names(t.id for t in overdue) == {"t5", "t10"}


def test_all_committees_include_the_other_committee(services, data):
    summary = services.reports.summary(start=Q1[0], end=Q1[1], today=WRITTEN_ON)
    assert summary.total.overdue == 4 and summary.total.due == 10


def test_the_report_lists_overdue_and_done_tasks_by_lead(services, data):
    report = services.reports.build(committee_id=data.committee_x, start=Q1[0], end=Q1[1],
                                    today=WRITTEN_ON)
    by_code = {services.tasks.get(task_id=i).code: n for n, i in data.tasks.items()}
    assert [by_code[t.code] for t in report.overdue] == ["t4", "t5", "t10"]  # Báo, Đài, Sở
    assert [by_code[t.code] for t in report.done] == ["t3", "t11", "t14", "t9", "t1", "t12", "t2"]
    late = {by_code[t.code]: t for t in report.overdue}
    assert late["t10"].days_late(report.summary.as_of) == 80  # 10/01 → 31/03
    done = {by_code[t.code]: t for t in report.done}
    assert done["t9"].extension_note == "Gia hạn 1 lần (hạn ban đầu 15/01/2026)"
    assert done["t9"].days_late(report.summary.as_of) == 5
    assert report.title_line == ("Tình hình thực hiện kết luận của Ban Chỉ đạo công tác thông tin "
                                 "đối ngoại tỉnh Hải Dương từ ngày 01/01/2026 đến ngày 31/03/2026")


def test_reversed_dates_are_refused(services, data):
    with pytest.raises(ValidationError) as caught:
        services.reports.summary(committee_id=data.committee_x, start=Q1[1], end=Q1[0])
    assert caught.value.code == "dates_reversed"
