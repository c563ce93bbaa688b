"""A small register of tasks for the import tests, and an agency filling in its form."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

TODAY = dt.date(2026, 3, 10)
ASSIGNED = dt.date(2026, 1, 15)


def make_tasks(services) -> dict[str, object]:
    """Two agencies, four open tasks; returns the records by a short name."""
    nv = services.agencies.create(name="Sở Ngoại vụ")
    tttt = services.agencies.create(name="Sở Thông tin và Truyền thông")
    tasks = services.tasks
    made = {
        "plan": tasks.create(content="Xây dựng kế hoạch thông tin đối ngoại năm 2026",
                             deadline="Trước 1/3/2026", lead_agency_id=nv.id,
                             assigned_on=ASSIGNED, today=TODAY),
        "press": tasks.create(content="=Tổ chức họp báo quý I", deadline="Quý II/2026",
                              lead_agency_id=nv.id, coordinator_ids=[tttt.id],
                              assigned_on=ASSIGNED, today=TODAY),
        "watch": tasks.create(content="Theo dõi dư luận trên mạng xã hội",
                              deadline="Thường xuyên", lead_agency_id=tttt.id,
                              assigned_on=ASSIGNED, today=TODAY),
        "report": tasks.create(content="Báo cáo sơ kết", deadline="Trước 30/4/2026",
                               lead_agency_id=tttt.id, assigned_on=ASSIGNED, today=TODAY),
    }
    return {"nv": nv, "tttt": tttt, **made}


def fill_form(path: Path, answers: dict[str, tuple[object, object, object]]) -> Path:
    """As an agency does in Excel: type progress (H), completion date (I), status (J) in the
    rows of the tasks named by code. ``None`` leaves a cell as it is."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        rows = {ws[f"L{r}"].value: r for r in range(1, ws.max_row + 1) if ws[f"L{r}"].value}
        for code, values in answers.items():
            if code not in rows:
                continue
            for column, value in zip("HIJ", values, strict=True):
                if value is not None:
                    ws[f"{column}{rows[code]}"] = value
    wb.save(path)
    return path
