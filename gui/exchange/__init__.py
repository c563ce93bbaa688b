"""Excel in and out from the window: dialogs the pages open from their toolbars and menus.

Each is standalone and takes the open database's ``Services``:

    ExportTasksDialog.run(parent, services, filters)          → Job[ExportResult] | None
    export_member_list(parent, services, committee_id)        → Job[ExportResult] | None
    ImportProgressDialog.run(parent, services)                → ApplyResult | None
    ImportRegisterDialog.run(parent, services, "members", committee_id=…)
    ImportRegisterDialog.run(parent, services, "agencies")    → RegisterImportResult | None

A result that is not None means data or files changed; an import's caller reloads its views.
Exports run in the background (gui.operations): they return the job, whose ``result`` is there
once ``finished`` says "done".
Errors the user can fix are shown inside; file pickers and the modal loop are classmethods in
``gui.exchange.files`` so tests replace them.
"""
from __future__ import annotations

from gui.exchange.export_tasks import ExportTasksDialog
from gui.exchange.import_progress import ImportProgressDialog
from gui.exchange.import_register import ImportRegisterDialog
from gui.exchange.member_list import export_member_list

__all__ = ["ExportTasksDialog", "ImportProgressDialog", "ImportRegisterDialog",
           "export_member_list"]
