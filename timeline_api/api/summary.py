"""/summary: the key dates of a window, each with its events (a "key dates" view)."""
from __future__ import annotations

from flask import Blueprint

from .. import service
from .database import get_db
from .http import json_text_response, parse_query
from .schemas import SummaryQuery

bp = Blueprint("summary", __name__)

_summary_query = SummaryQuery()


@bp.get("/summary")
def summary():
    params = parse_query(_summary_query)
    from_day = params["from_"][0].toordinal() if "from_" in params else None
    to_day = params["to"][1].toordinal() if "to" in params else None
    published = (params["published_from"][0].isoformat() if "published_from" in params else None,
                 params["published_to"][1].isoformat() if "published_to" in params else None)
    days = service.key_dates(get_db(), from_day, to_day, params["dates"], params["events"], published)
    meta = {"count": len(days), "dates": params["dates"], "events": params["events"],
            "ranking": "independent sources citing a happening on the day"}
    return json_text_response(f'{{"data":[{",".join(days)}],"meta":{service.dumps(meta)}}}')
