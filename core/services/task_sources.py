"""Where a task comes from, as the register and the report print it: the meeting, and the
conclusion notice that set the task ("TB số 25-TB/BCĐ ngày 16/12/2019")."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m
from core.documents.wording import number_code

_CHUNK = 500


def notice_numbers(session: Session, meeting_ids: Iterable[int | None]) -> dict[int, str]:
    """The conclusion notice (TB) issued for each meeting that has one."""
    ids = sorted({i for i in meeting_ids if i is not None})
    found: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        query = (select(m.IssuedDocument.meeting_id, m.IssuedDocument.number,
                        m.IssuedDocument.issued_on, m.Committee.style, m.Committee.abbreviation)
                 .join(m.Committee, m.IssuedDocument.committee_id == m.Committee.id)
                 .where(m.IssuedDocument.doc_type == "TB",
                        m.IssuedDocument.meeting_id.in_(ids[start:start + _CHUNK]))
                 .order_by(m.IssuedDocument.issued_on, m.IssuedDocument.id))
        for meeting_id, number, issued_on, style, abbreviation in session.execute(query):
            code = number_code(style, number, "TB", abbreviation or "")
            found.setdefault(meeting_id, f"TB số {code} ngày {issued_on:%d/%m/%Y}")  # type: ignore[arg-type]  # only the given meetings' rows
    return found
