"""The floor: a Flask app that answers every GET /events with one constant JSON body.

Served by gunicorn with the settings of ``timeline-api serve`` (sync workers, no
access log), it measures what Flask, gunicorn and the socket cost before the
store does anything. The body is a real /events page (captured by
``bench/load.py`` into ``$FLOOR_BODY``), so both move the same bytes.

    FLOOR_BODY=bench/out/floor_body.json gunicorn -w 2 -b 127.0.0.1:8101 bench.floor_app:app
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response

app = Flask(__name__)
_BODY = Path(os.environ["FLOOR_BODY"]).read_bytes() if os.environ.get("FLOOR_BODY") else b'{"data":[]}'


@app.get("/events")
def constant():
    return Response(_BODY, mimetype="application/json")
