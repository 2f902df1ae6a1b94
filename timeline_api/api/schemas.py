"""Marshmallow schemas for every query string and request body the API accepts."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate, validates_schema

from ..pipeline.model import PRECISIONS, STATUSES

EVENT_TYPES = ("regime_change", "agreement", "negotiation", "deadline", "withdrawal",
               "deployment", "strike", "attack", "conflict", "statement", "other")
FORMATS = ("json", "csv", "ndjson", "ics", "timelinejs")
MAX_LIMIT = 500
MAX_TEXT_PARAM = 500
_PARTIAL_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def partial_date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as its first and last day; ValueError names the fault."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match.group(1))
    if year < 1:
        raise ValueError("year must be 0001..9999")
    if match.group(2) is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match.group(2))
    if not 1 <= month <= 12:
        raise ValueError("month must be 1..12")
    last = calendar.monthrange(year, month)[1]
    if match.group(3) is None:
        return dt.date(year, month, 1), dt.date(year, month, last)
    day = int(match.group(3))
    if not 1 <= day <= last:
        raise ValueError(f"day must be 1..{last} for {year:04d}-{month:02d}")
    return dt.date(year, month, day), dt.date(year, month, day)


class PartialDate(fields.Field):
    """A date given to any precision; deserializes to its (first day, last day)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("expected a date string")
        try:
            return partial_date_bounds(value.strip())
        except ValueError as exc:
            raise ValidationError(str(exc)) from None


class Flag(fields.Field):
    """``true``/``false`` (also 1/0, yes/no) in a query string."""

    TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no")

    def _deserialize(self, value, attr, data, **kwargs):
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError("expected true or false")


def _text(**kwargs):
    return fields.String(validate=validate.Length(min=1, max=MAX_TEXT_PARAM), **kwargs)


class EventsQuery(Schema):
    """Query string of GET /events."""

    class Meta:
        unknown = RAISE

    from_ = PartialDate(data_key="from")
    to = PartialDate()
    match = fields.String(load_default="overlaps", validate=validate.OneOf(("overlaps", "within")))
    type = fields.List(fields.String(validate=validate.OneOf(EVENT_TYPES)), load_default=list)
    q = _text()
    source = _text()
    actor = _text()
    place = _text()
    precision = fields.List(fields.String(validate=validate.OneOf(PRECISIONS)), load_default=list)
    status = fields.List(fields.String(validate=validate.OneOf(STATUSES)), load_default=list)
    dated = Flag()
    sort = fields.String(load_default="date", validate=validate.OneOf(("date", "-date", "importance")))
    limit = fields.Integer(load_default=50, strict=False, validate=validate.Range(min=1, max=MAX_LIMIT))
    cursor = fields.String(validate=validate.Length(min=1, max=1000))
    #: json (a page, the default) or an export of every matching event; see api/formats.py.
    format = fields.String(validate=validate.OneOf(FORMATS))

    @validates_schema
    def _window(self, data, **kwargs):
        if "from_" in data and "to" in data and data["from_"][0] > data["to"][1]:
            raise ValidationError("from must not be after to", field_name="from")


class FacetsQuery(EventsQuery):
    """Query string of GET /events/facets: the event filters, without paging."""

    class Meta:
        unknown = RAISE
        exclude = ("cursor", "limit", "sort", "format")


class SummaryQuery(Schema):
    """Query string of GET /summary: the key dates of a window."""

    class Meta:
        unknown = RAISE

    from_ = PartialDate(data_key="from")
    to = PartialDate()
    #: Only sources published in this period count (a timeline "as reported then").
    published_from = PartialDate()
    published_to = PartialDate()
    dates = fields.Integer(load_default=10, strict=False, validate=validate.Range(min=1, max=MAX_LIMIT))
    events = fields.Integer(load_default=5, strict=False, validate=validate.Range(min=0, max=50))

    @validates_schema
    def _window(self, data, **kwargs):
        for low, high, name in (("from_", "to", "from"), ("published_from", "published_to", "published_from")):
            if low in data and high in data and data[low][0] > data[high][1]:
                raise ValidationError(f"{name} must not be after {high}", field_name=name)


class SourcesQuery(Schema):
    """Query string of GET /sources."""

    class Meta:
        unknown = RAISE

    q = _text()
    outlet = _text()
    limit = fields.Integer(load_default=50, strict=False, validate=validate.Range(min=1, max=MAX_LIMIT))
    cursor = fields.String(validate=validate.Length(min=1, max=1000))


class NoQuery(Schema):
    """Routes that take no query parameters still refuse unknown ones."""

    class Meta:
        unknown = RAISE


class DocumentBody(Schema):
    """JSON body of POST /sources and POST /extract: one document."""

    class Meta:
        unknown = EXCLUDE  # other keys are kept as metadata by the document reader

    text = fields.String(required=True, validate=validate.Length(min=1))
    published = fields.String(validate=validate.Length(min=1, max=64))
    title = fields.String(validate=validate.Length(max=1000))
    outlet = fields.String(validate=validate.Length(max=500))
    url = fields.String(validate=validate.Length(max=2000))
    id = fields.String(validate=validate.Length(max=200))
    language = fields.String(validate=validate.Length(max=20))


def single_values(args, list_fields: tuple[str, ...]) -> tuple[dict, list[dict]]:
    """Flatten a MultiDict: list fields keep every value, others must appear once."""
    data, errors = {}, []
    for key in args.keys():
        values = args.getlist(key)
        if key in list_fields:
            parts = [p.strip() for v in values for p in v.split(",") if p.strip()]
            data[key] = parts
        elif len(values) > 1:
            errors.append({"name": key, "reason": "given more than once"})
        else:
            data[key] = values[0]
    return data, errors


# ---------------------------------------------------------------- the common query strings, fast

_TEXT_PARAMS = ("q", "source", "actor", "place")
_CHOICES = {"match": ("overlaps", "within"), "sort": ("date", "-date", "importance"), "format": FORMATS}
_LISTS = {"type": frozenset(EVENT_TYPES), "precision": frozenset(PRECISIONS), "status": frozenset(STATUSES)}


def events_query_fast(args) -> dict | None:
    """``EventsQuery().load`` of a valid query string, without marshmallow; None when in doubt.

    A page of /events spent about as long in marshmallow as in reading its 50 events from the
    store. This takes the query strings that are plainly valid (every parameter known, each
    value of the form the schema accepts) and returns what the schema returns for them; for
    anything else, every invalid query among it, it returns None and the caller asks the
    schema, so marshmallow stays the one source of error answers. ``tests/test_page_fast_paths.py``
    checks the two agree wherever this accepts.
    """
    out = {"match": "overlaps", "type": [], "precision": [], "status": [], "sort": "date", "limit": 50}
    for key, values in args.lists():
        allowed = _LISTS.get(key)
        if allowed is not None:
            parts = [p.strip() for v in values for p in v.split(",") if p.strip()]
            if not allowed.issuperset(parts):
                return None
            out[key] = parts
            continue
        if len(values) != 1:
            return None
        value = values[0]
        if key in _TEXT_PARAMS:
            if not 1 <= len(value) <= MAX_TEXT_PARAM:
                return None
            out[key] = value
        elif key in _CHOICES:
            if value not in _CHOICES[key]:
                return None
            out[key] = value
        elif key == "from" or key == "to":
            try:
                out["from_" if key == "from" else "to"] = partial_date_bounds(value.strip())
            except ValueError:
                return None
        elif key == "limit":
            if not (value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_LIMIT):
                return None
            out["limit"] = int(value)
        elif key == "cursor":
            if not 1 <= len(value) <= 1000:
                return None
            out["cursor"] = value
        elif key == "dated":
            text = value.strip().lower()
            if text not in Flag.TRUE and text not in Flag.FALSE:
                return None
            out["dated"] = text in Flag.TRUE
        else:
            return None
    if "from_" in out and "to" in out and out["from_"][0] > out["to"][1]:
        return None
    return out
