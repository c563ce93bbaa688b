"""The service layer: what the GUI and the command line call.

One public method = one user action = one transaction (``db.transaction()``). Arguments are
keyword-only; results are frozen dataclasses (no live ORM objects leave a service). Text that
comes in goes through core.validate / core.text (NFC, trimmed); problems raise core.errors.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from core.db import Database

if TYPE_CHECKING:  # imported when first used, as below
    from core.services.agencies import AgencyService
    from core.services.calendar import CalendarService
    from core.services.committees import CommitteeService
    from core.services.documents import DocumentService
    from core.services.drafts import DraftService
    from core.services.materials import MaterialService
    from core.services.meetings import MeetingService
    from core.services.overview import OverviewService
    from core.services.people import PersonService
    from core.services.reminders import ReminderService
    from core.services.reports import ReportService
    from core.services.settings import SettingsService
    from core.services.tasks import TaskService
    from core.services.templates import TemplateService


class Services:
    """All services over one open database: ``Services(db).agencies.create(name=…)``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def agencies(self) -> AgencyService:
        from core.services.agencies import AgencyService

        return AgencyService(self.db)

    @cached_property
    def people(self) -> PersonService:
        from core.services.people import PersonService

        return PersonService(self.db)

    @cached_property
    def committees(self) -> CommitteeService:
        from core.services.committees import CommitteeService

        return CommitteeService(self.db)

    @cached_property
    def meetings(self) -> MeetingService:
        from core.services.meetings import MeetingService

        return MeetingService(self.db)

    @cached_property
    def tasks(self) -> TaskService:
        from core.services.tasks import TaskService

        return TaskService(self.db)

    @cached_property
    def documents(self) -> DocumentService:
        from core.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from core.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def templates(self) -> TemplateService:
        from core.services.templates import TemplateService

        return TemplateService(self.db)

    @cached_property
    def drafts(self) -> DraftService:
        from core.services.drafts import DraftService

        return DraftService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from core.services.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def overview(self) -> OverviewService:
        from core.services.overview import OverviewService

        return OverviewService(self.db)

    @cached_property
    def reminders(self) -> ReminderService:
        from core.services.reminders import ReminderService

        return ReminderService(self.db)

    @cached_property
    def materials(self) -> MaterialService:
        from core.services.materials import MaterialService

        return MaterialService(self.db)

    @cached_property
    def calendar(self) -> CalendarService:
        from core.services.calendar import CalendarService

        return CalendarService(self.db)

    @cached_property
    def changes(self):
        from core.services.change_history import ChangeHistoryService

        return ChangeHistoryService(self.db)
