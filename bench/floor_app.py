"""The floor: the smallest Flask app that sends our exact bytes.

Served by gunicorn with the settings of ``timeline-api serve``, it measures what
Flask, gunicorn and the socket cost before the store does anything.

- ``GET /events`` answers one constant body, ``$FLOOR_BODY`` (``bench/load.py``
  captures our first /events page into it);
- ``GET /floor/<name>`` answers ``$FLOOR_BODIES/<name>.json`` (``bench/serving.py``
  captures our answer to each of its queries there), so each query of that bench
  has a floor moving the same bytes.

    FLOOR_BODY=bench/out/floor_body.json gunicorn -w 2 -b 127.0.0.1:8101 bench.floor_app:app
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response, abort

app = Flask(__name__)
_BODY = Path(os.environ["FLOOR_BODY"]).read_bytes() if os.environ.get("FLOOR_BODY") else b'{"data":[]}'
_BODIES = ({p.stem: p.read_bytes() for p in Path(os.environ["FLOOR_BODIES"]).glob("*.json")}
           if os.environ.get("FLOOR_BODIES") else {})


@app.get("/events")
def constant():
    return Response(_BODY, mimetype="application/json")


@app.get("/floor/<name>")
def captured(name: str):
    if name not in _BODIES:
        abort(404)
    return Response(_BODIES[name], mimetype="application/json")
