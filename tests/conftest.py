"""Shared fixtures: apps over a seeded store, a contract-checking client, an in-memory store."""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from flask.testing import EnvironBuilder, FlaskClient
from hypothesis import settings
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.wrappers import Request

from timeline_api import create_app
from timeline_api.store import db as store_db

# CI runs the property and fuzz tests with a fixed seed, so a red run can be replayed exactly;
# on a developer's machine they explore new inputs every run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SPEC = OpenAPI.from_file_path(
    str(ROOT / "openapi.yaml"),
    config=Config(extra_media_type_deserializers={
        "application/problem+json": json.loads,
        "application/yaml": yaml.safe_load,
        # The export formats of GET /events: text bodies, checked as strings.
        "text/csv": lambda body: body.decode("utf-8"),
        "text/calendar": lambda body: body.decode("utf-8"),
        "application/x-ndjson": lambda body: body.decode("utf-8"),
    }),
)
#: (method, status) pairs and paths seen by the contract check, for the coverage test.
CHECKED: list[tuple[str, str, int]] = []


class ContractClient(FlaskClient):
    """A test client that checks every response against openapi.yaml."""

    def open(self, *args, validate: bool = True, **kwargs):
        # Build the environ here so the body can be replayed to the validator.
        builder = EnvironBuilder(self.application, *args, **kwargs)
        try:
            environ = builder.get_environ()
        finally:
            builder.close()
        body = environ["wsgi.input"].read()
        environ["wsgi.input"] = io.BytesIO(body)
        response = super().open(environ)
        if validate:
            check_contract(Request({**environ, "wsgi.input": io.BytesIO(body)}), response)
        return response


def check_contract(sent: Request, response) -> None:
    request = WerkzeugOpenAPIRequest(sent)
    SPEC.validate_response(request, WerkzeugOpenAPIResponse(response))
    CHECKED.append((sent.method, sent.path, response.status_code))


def make_app(db_path, **config):
    settings = {"DATABASE": str(db_path), "SEEDS": str(SEEDS), "TESTING": True}
    settings.update(config)
    app = create_app(settings)
    app.test_client_class = ContractClient
    return app


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """A store built once from the seeds; tests copy it rather than rebuild it."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    make_app(path)  # the factory seeds an empty database
    return path


@pytest.fixture(scope="session")
def app(seeded_db):
    """A read-only-in-practice app over the seeded store, shared by read tests."""
    return make_app(seeded_db, API_TOKEN="")


@pytest.fixture(scope="session")
def client(app):
    return app.test_client()


@pytest.fixture
def writable_app(seeded_db, tmp_path):
    """An app over a private copy of the seeded store, with writes enabled."""
    path = tmp_path / "copy.db"
    shutil.copy(seeded_db, path)
    return make_app(path, API_TOKEN="s3cret-token")


@pytest.fixture
def empty_app(tmp_path):
    """An app over an empty store that is not seeded."""
    return make_app(tmp_path / "empty.db", SEEDS=str(tmp_path / "no-seeds"), API_TOKEN="s3cret-token")


@pytest.fixture
def fresh_db():
    """An empty in-memory store (sqlite-utils style)."""
    db = store_db.connect(":memory:")
    yield db
    db.close()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
