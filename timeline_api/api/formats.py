"""Export formats of the timeline: CSV, NDJSON, iCalendar and TimelineJS 3.

Pure functions of event dicts (the public JSON form of an event) to text or
rows; they know nothing about Flask or the store, so the API and the CLI render
alike. Renderers that return iterators never hold more than one event's output.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import html
import io
import json
from typing import Iterable, Iterator

from ..documents import is_web_url

#: format name -> media type of its body.
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv",
    "ndjson": "application/x-ndjson",
    "ics": "text/calendar",
    "timelinejs": "application/json",
}
FORMATS = tuple(MEDIA_TYPES)
#: Formats that are the whole result set in one body rather than a page.
EXPORT_FORMATS = ("csv", "ndjson", "ics", "timelinejs")
#: What an Accept header can ask for (TimelineJS is JSON too, so it needs format=).
ACCEPTABLE = {"application/json": "json", "text/csv": "csv",
              "application/x-ndjson": "ndjson", "text/calendar": "ics"}
#: Accept headers whose answer is JSON, as most clients send them: none (or empty), anything
#: (curl's ``*/*``), JSON itself. ``negotiate`` gives JSON for each; a page of /events takes
#: them as they are rather than parse them (werkzeug's parser, ~5% of the page's CPU).
JSON_ACCEPTS = frozenset(("", "*/*", "application/json"))


def negotiate(requested: str | None, accept) -> str:
    """The format to answer in: ``format=`` wins, then the Accept header, then JSON.

    ``accept`` is a werkzeug MIMEAccept; JSON is listed first so ``*/*`` and
    browsers' catch-alls keep getting JSON.
    """
    if requested:
        return requested
    best = accept.best_match(list(ACCEPTABLE)) if accept else None
    return ACCEPTABLE.get(best, "json")


# ---------------------------------------------------------------- date labels

_SUB_MONTH = {(1, 10): "early", (11, 20): "mid"}
_SUB_YEAR = {((1, 1), (4, 30)): "early", ((5, 1), (8, 31)): "mid", ((9, 1), (12, 31)): "late"}
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
#: Qualifiers put before the period's name; early/mid/late are part of the period.
_PREFIX = {"approximate": "about", "before": "before", "by": "by", "after": "after",
           "since": "since", "until": "until"}


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _month_name(day: dt.date) -> str:
    return f"{calendar.month_name[day.month]} {day.year}"


def period_label(date: dict) -> str:
    """The period an interval names, in words, to its precision ("late September 2025")."""
    start, end = _day(date.get("start")), _day(date.get("end"))
    precision = date.get("precision") or "unknown"
    if start is None and end is None:
        return "undated"
    if start is None or end is None:
        one = start or end
        return f"{one.day} {_month_name(one)}" if precision == "day" else _period_of(one, precision)
    if precision == "day":
        if start == end:
            return f"{start.day} {_month_name(start)}"
        return f"{start.day} {_month_name(start)} – {end.day} {_month_name(end)}"
    if precision == "week":
        return f"week of {start.day} {_month_name(start)}"
    if precision == "month" and (start.year, start.month) == (end.year, end.month):
        last = calendar.monthrange(start.year, start.month)[1]
        if (start.day, end.day) == (1, last):
            return _month_name(start)
        part = _SUB_MONTH.get((start.day, end.day)) or ("late" if end.day == last and start.day >= 21 else None)
        return f"{part} {_month_name(start)}" if part else f"{start.day}–{end.day} {_month_name(start)}"
    if precision == "year" and start.year == end.year:
        span = ((start.month, start.day), (end.month, end.day))
        if span == ((1, 1), (12, 31)):
            return str(start.year)
        part = _SUB_YEAR.get(span)
        if part:
            return f"{part} {start.year}"
    if precision == "quarter" and start.month in (1, 4, 7, 10):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "season" and start.month in _SEASONS:
        season = _SEASONS[start.month]
        return f"{season} {start.year}–{str(end.year)[-2:]}" if end.year != start.year else f"{season} {start.year}"
    if precision == "decade" and start.year % 10 == 0 and end.year == start.year + 9:
        return f"{start.year}s"
    if start.year == end.year and precision in ("month", "quarter", "season"):
        return f"{calendar.month_name[start.month]} – {_month_name(end)}"
    if ((start.month, start.day), (end.month, end.day)) == ((1, 1), (12, 31)) and end.year > start.year:
        # whole years: a century ("the 7th century" is 600-699) or a span of years ("1951–1954")
        if start.year % 100 == 0 and end.year == start.year + 99:
            return f"the {_ordinal(start.year // 100 + 1)} century"
        return f"{start.year}–{end.year}"
    return f"{start.isoformat()} – {end.isoformat()}"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _period_of(day: dt.date, precision: str) -> str:
    if precision == "century":
        return f"the {_ordinal(day.year // 100 + 1)} century"
    if precision in ("year", "decade", "season", "quarter"):
        return str(day.year) if precision != "decade" else f"{day.year // 10 * 10}s"
    return _month_name(day) if precision == "month" else f"{day.day} {_month_name(day)}"


def date_label(date: dict) -> str:
    """The event's date as a reader would say it: qualifier and period ("by late September 2025")."""
    label = period_label(date)
    qualifier = date.get("qualifier") or "exact"
    if qualifier in ("early", "mid", "late") and not label.startswith(qualifier):
        label = f"{qualifier} {label}"
    prefix = _PREFIX.get(qualifier)
    return f"{prefix} {label}" if prefix and label != "undated" else label


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "id", "type", "title", "date_start", "date_end", "precision", "qualifier", "date_label",
    "date_text", "edtf", "summary", "actors", "places", "keywords", "citation_count",
    "source_count", "conflict_count", "citation_outlets", "citation_published",
    "citation_urls", "citation_quotes", "updated_at",
    # added with schema 4, at the end so that readers of the earlier columns by position keep working
    "status", "relation",
)
#: Spreadsheet programs run cells that start with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> object:
    """A value safe to open in a spreadsheet: text that looks like a formula gets a quote mark."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _quoted(text: str | None) -> str:
    """A quote on one line in quotation marks, unless the sentence brings its own."""
    line = _one_line(text)
    return line if line[:1] in ("“", '"') else f"“{line}”"


def csv_row(event: dict) -> list:
    """One event as one row; list fields joined by "; ", citations one per line in each column."""
    date, cites = event["date"], event.get("citations") or []
    row = [
        event["id"], event["type"], event["title"], date["start"] or "", date["end"] or "",
        date["precision"], date["qualifier"], date_label(date), date.get("text") or "",
        date.get("edtf") or "", _one_line(event.get("summary")),
        "; ".join(event.get("actors") or []), "; ".join(event.get("places") or []),
        "; ".join(event.get("keywords") or []), event.get("citation_count", len(cites)),
        event.get("source_count", len({c["source_id"] for c in cites})),
        len(event.get("conflicts") or []),
        "\n".join(c.get("outlet") or "" for c in cites),
        "\n".join(c.get("published") or "" for c in cites),
        "\n".join(c.get("url") or "" for c in cites),
        "\n".join(_one_line(c.get("quote")) for c in cites),
        event.get("updated_at") or "",
        event.get("status") or "happened", event.get("relation") or "on",
    ]
    return [_cell(v) for v in row]


def csv_lines(events: Iterable[dict]) -> Iterator[str]:
    """CSV text (RFC 4180, CRLF line ends), the header first, one chunk per event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for event in events:
        writer.writerow(csv_row(event))
        yield flush()


# ---------------------------------------------------------------- NDJSON

def ndjson_lines(events: Iterable[dict]) -> Iterator[str]:
    """One JSON event per line (the same objects as GET /events' ``data``)."""
    for event in events:
        yield json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n"


# ---------------------------------------------------------------- iCalendar

ICS_PRODID = "-//timeline-api//timeline-api//EN"


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """A content line folded at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def _stamp(updated_at: str | None) -> str:
    """DTSTAMP from the event's last change (never the wall clock: the feed is reproducible)."""
    try:
        moment = dt.datetime.fromisoformat(updated_at or "")
    except ValueError:
        moment = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _ics_day(day: dt.date) -> str:
    """An RFC 5545 DATE: always eight digits (strftime's %Y gives "600" for the year 600)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def ics_span(date: dict) -> tuple[dt.date, dt.date] | None:
    """All-day span of an event: first day and the exclusive end day (RFC 5545 DTEND).

    The span is the period the words name, so a day is one day and "September
    2025" the whole month; an open side collapses onto the known day; undated
    events have no span.
    """
    start, end = _day(date.get("start")), _day(date.get("end"))
    if start is None and end is None:
        return None
    start, end = start or end, end or start
    return start, end + dt.timedelta(days=1) if end < dt.date.max else end


#: RFC 5545 VEVENT status of each event status: what is only planned is tentative; a deadline
#: is a set date (its category and summary say it is a deadline).
ICS_STATUS = {"happened": "CONFIRMED", "scheduled": "TENTATIVE", "deadline": "CONFIRMED"}


def ics_event(event: dict) -> str | None:
    """One VEVENT, or None for an undated event (a calendar cannot place it)."""
    date = event["date"]
    span = ics_span(date)
    if span is None:
        return None
    status, relation = event.get("status") or "happened", event.get("relation") or "on"
    if relation == "by" and date.get("end"):
        # "by 2030" is due at the interval's end: one day in the calendar, not the whole year
        span = (span[1] - dt.timedelta(days=1), span[1])
    cites = event.get("citations") or []
    label = date_label(date)
    summary = event["title"]
    if status == "deadline" and not summary.lower().startswith("deadline"):
        summary = f"Deadline: {summary}"
    if date.get("qualifier") not in (None, "exact"):
        summary += f" ({label})"
    lines = [f"When: {label} [{date['precision']}, {date['qualifier']}]"
             + (f" — “{date['text']}”" if date.get("text") else ""),
             f"Status: {status} ({relation} this date)"]
    if event.get("summary"):
        lines.append(_one_line(event["summary"]))
    for cite in cites:
        lines.append(f"{cite.get('outlet') or ''}, {cite.get('published') or ''}: "
                     f"{_quoted(cite.get('quote'))} {cite.get('url') or ''}".rstrip())
    props = [
        ("BEGIN", "VEVENT"),
        ("UID", f"{event['id']}@timeline-api"),
        ("DTSTAMP", _stamp(event.get("updated_at"))),
        ("DTSTART;VALUE=DATE", _ics_day(span[0])),
        ("DTEND;VALUE=DATE", _ics_day(span[1])),
        ("SUMMARY", _ics_text(summary)),
        ("DESCRIPTION", _ics_text("\n".join(lines))),
        ("CATEGORIES", ",".join(_ics_text(c) for c in dict.fromkeys((event["type"], status)))),
        ("STATUS", ICS_STATUS[status]),
        ("TRANSP", "TRANSPARENT"),
        ("X-TIMELINE-PRECISION", date["precision"]),
        ("X-TIMELINE-QUALIFIER", date["qualifier"]),
        ("X-TIMELINE-STATUS", status),
        ("X-TIMELINE-RELATION", relation),
    ]
    url = next((c["url"] for c in cites if c.get("url") and is_web_url(c["url"])), None)
    if url:
        props.append(("URL", url))
    props.append(("END", "VEVENT"))
    return "".join(_fold(f"{name}:{value}") for name, value in props)


def ics_lines(events: Iterable[dict], name: str = "timeline-api") -> Iterator[str]:
    """An iCalendar (RFC 5545) feed: one all-day VEVENT per dated event."""
    yield "".join(_fold(line) for line in (
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{ICS_PRODID}", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", f"X-WR-CALNAME:{_ics_text(name)}"))
    for event in events:
        text = ics_event(event)
        if text is not None:
            yield text
    yield _fold("END:VCALENDAR")


# ---------------------------------------------------------------- TimelineJS 3

#: Precisions whose period TimelineJS's own year/month/day fields cannot say.
_NEEDS_DISPLAY = ("week", "quarter", "season", "decade", "century")


def _tljs_date(day: dt.date, precision: str) -> dict:
    """A TimelineJS date object holding only the fields the precision knows."""
    out = {"year": day.year}
    if precision in ("day", "week", "month", "quarter", "season"):
        out["month"] = day.month
    if precision in ("day", "week"):
        out["day"] = day.day
    return out


def timelinejs_event(event: dict) -> dict | None:
    """One TimelineJS slide, or None for an undated event (TimelineJS needs a start date)."""
    date = event["date"]
    start, end = _day(date.get("start")), _day(date.get("end"))
    if start is None and end is None:
        return None
    precision = date["precision"]
    first = _tljs_date(start or end, precision)
    slide: dict = {"unique_id": event["id"], "start_date": first}
    if start is not None and end is not None:
        last = _tljs_date(end, precision)
        if last != first:
            slide["end_date"] = last
    label = date_label(date)
    plain = {"day": f"{first.get('day')} {calendar.month_name[first.get('month', 1)]} {first['year']}",
             "month": _month_name(start or end), "year": str(first["year"])}.get(precision)
    if date["qualifier"] != "exact" or precision in _NEEDS_DISPLAY or (
            "end_date" not in slide and label != plain):
        slide["display_date"] = label
    cites = event.get("citations") or []
    body = []
    if event.get("summary"):
        body.append(f"<p>{html.escape(_one_line(event['summary']))}</p>")
    for cite in cites:
        who = html.escape(f"{cite.get('outlet') or ''}, {cite.get('published') or ''}")
        quote = html.escape(_quoted(cite.get("quote")))
        link = (f' <a href="{html.escape(cite["url"], quote=True)}">source</a>'
                if cite.get("url") and is_web_url(cite["url"]) else "")
        body.append(f"<blockquote>{quote}<br>— {who}{link}</blockquote>")
    slide["text"] = {"headline": html.escape(event["title"]), "text": "".join(body)}
    slide["group"] = event["type"]
    return slide


def timelinejs(events: Iterable[dict], headline: str = "Timeline") -> dict:
    """A TimelineJS 3 JSON document; undated events are left out."""
    slides = [s for s in (timelinejs_event(e) for e in events) if s is not None]
    return {
        "title": {"text": {"headline": html.escape(headline),
                           "text": f"<p>{len(slides)} dated event{'s' if len(slides) != 1 else ''}, "
                                   "each with its sources.</p>"}},
        "events": slides,
    }


# ---------------------------------------------------------------- JSON (the CLI's default)

def json_array_lines(events: Iterable[dict]) -> Iterator[str]:
    """A JSON array of events, one event per line, written as it is read."""
    first = True
    for event in events:
        yield ("[\n" if first else ",\n") + json.dumps(event, ensure_ascii=False, separators=(",", ":"))
        first = False
    yield "[]\n" if first else "\n]\n"
