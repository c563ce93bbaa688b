"""The window on a shared database on a PostgreSQL server: it says which server it shows, and
what one secretary records there the others read."""
from __future__ import annotations

import datetime as dt

from core.db import open_url
from core.services import Services


def test_the_window_opens_a_server_database_and_says_so(qtbot, answers, pg_databases):
    from gui.main_window import MainWindow

    url = pg_databases.new_url()
    try:
        with open_url(url) as other:  # another secretary's program, on the same server
            services = Services(other)
            committee = services.committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")
            services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                     title="Phiên họp quý II", starts_at=dt.datetime(2026, 4, 2, 8))
        win = MainWindow()
        qtbot.addWidget(win)
        win.open_server(url.render_as_string(hide_password=False))
        win.show()
        assert url.database in win.windowTitle()
        assert "máy chủ" in win.location_label.text()
        assert [m.title for m in win.services.meetings.list()] == ["Phiên họp quý II"]
        win.close()  # closes its database too
    finally:
        pg_databases.drop(url)
