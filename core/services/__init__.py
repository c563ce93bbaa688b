"""The service layer: what the GUI and the command line call.

One public method = one user action = one transaction (``db.transaction()``). Arguments are
keyword-only; results are frozen dataclasses (no live ORM objects leave a service). Text that
comes in goes through core.validate / core.text (NFC, trimmed); problems raise core.errors.
"""
from __future__ import annotations

from functools import cached_property

from core.db import Database


class Services:
    """All services over one open database: ``Services(db).agencies.create(name=…)``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def agencies(self):
        from core.services.agencies import AgencyService

        return AgencyService(self.db)

    @cached_property
    def people(self):
        from core.services.people import PersonService

        return PersonService(self.db)

    @cached_property
    def committees(self):
        from core.services.committees import CommitteeService

        return CommitteeService(self.db)

    @cached_property
    def meetings(self):
        from core.services.meetings import MeetingService

        return MeetingService(self.db)

    @cached_property
    def tasks(self):
        from core.services.tasks import TaskService

        return TaskService(self.db)

    @cached_property
    def documents(self):
        from core.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def settings(self):
        from core.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def templates(self):
        from core.services.templates import TemplateService

        return TemplateService(self.db)

    @cached_property
    def drafts(self):
        from core.services.drafts import DraftService

        return DraftService(self.db)

    @cached_property
    def reports(self):
        from core.services.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def overview(self):
        from core.services.overview import OverviewService

        return OverviewService(self.db)

    @cached_property
    def reminders(self):
        from core.services.reminders import ReminderService

        return ReminderService(self.db)

    @cached_property
    def materials(self):
        from core.services.materials import MaterialService

        return MaterialService(self.db)

    @cached_property
    def calendar(self):
        from core.services.calendar import CalendarService

        return CalendarService(self.db)

    @cached_property
    def changes(self):
        from core.services.change_history import ChangeHistoryService

        return ChangeHistoryService(self.db)
