"""The pick lists a meeting needs (its committee's members on the day, the agencies), read once
per workspace and again only when another page changes the registers."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gui.meeting.pick import AGENCY_KIND, PERSON_KIND, Choice

if TYPE_CHECKING:
    from core.services import Services
    from core.services.agencies import AgencyRecord
    from core.services.memberships import MemberRecord

PERSON, AGENCY = PERSON_KIND, AGENCY_KIND


class Registers:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._agencies: list[AgencyRecord] | None = None
        self._members: dict[tuple[int, dt.date], list[MemberRecord]] = {}

    def invalidate(self) -> None:
        self._agencies = None
        self._members.clear()

    def agencies(self) -> list[AgencyRecord]:
        if self._agencies is None:
            self._agencies = self.services.agencies.list()
        return self._agencies

    def members(self, committee_id: int, day: dt.date) -> list[MemberRecord]:
        key = (committee_id, day)
        if key not in self._members:
            self._members[key] = self.services.committees.members(committee_id=committee_id, on=day)
        return self._members[key]

    def agency_choices(self) -> list[Choice]:
        return [Choice(a.name, (AGENCY, a.id), a.short_name or "", AGENCY) for a in self.agencies()]

    def member_choices(self, committee_id: int, day: dt.date) -> list[Choice]:
        return [Choice(r.full_name, (PERSON, r.person_id), r.position or r.role, PERSON)
                for r in self.members(committee_id, day)]
