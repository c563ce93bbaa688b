"""iCalendar (.ics, RFC 5545) for planned meetings: what Outlook and phones import.

Written by hand (a few lines) rather than with a library: standard VEVENTs with the place, the
agenda in the description, times in UTC (Vietnam has one offset, +07:00, and no summer time),
text escaped and long lines folded at 75 octets. Each event's UID is stable (the meeting's id
and the data file's own random id), and SEQUENCE grows when the meeting changes, so importing a
new export updates the events instead of adding copies.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

VIETNAM = dt.timezone(dt.timedelta(hours=7))
PRODID = "-//Thu ky Ban Chi dao//Lich hop//VI"
DEFAULT_LENGTH = dt.timedelta(hours=2)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: dt.datetime           # local (Vietnam) time, naive
    ends_at: dt.datetime | None
    summary: str
    location: str = ""
    description: str = ""
    sequence: int = 0
    last_modified: dt.datetime | None = None  # UTC, naive
    tentative: bool = True


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (never inside a
    UTF-8 character)."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=VIETNAM).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(events: Iterable[CalendarEvent], *, name: str, now: dt.datetime) -> str:
    """The whole .ics file; ``now`` (UTC, naive) is the DTSTAMP of every event."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape(name)}", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"]
    for e in events:
        ends = e.ends_at if e.ends_at and e.ends_at > e.starts_at else e.starts_at + DEFAULT_LENGTH
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}",
                  f"DTSTART:{_utc(e.starts_at)}", f"DTEND:{_utc(ends)}",
                  f"SUMMARY:{escape(e.summary)}", f"SEQUENCE:{e.sequence}",
                  f"STATUS:{'TENTATIVE' if e.tentative else 'CONFIRMED'}"]
        if e.location:
            lines.append(f"LOCATION:{escape(e.location)}")
        if e.description:
            lines.append(f"DESCRIPTION:{escape(e.description)}")
        if e.last_modified:
            lines.append(f"LAST-MODIFIED:{e.last_modified:%Y%m%dT%H%M%SZ}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
