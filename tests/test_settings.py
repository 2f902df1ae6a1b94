"""Settings are a declared table; the README documents every one of them."""
from __future__ import annotations

import pytest

from conftest import ROOT
from timeline_api import settings


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.env)
def test_settings_documented_in_readme(setting):
    readme = (ROOT / "README.md").read_text()
    row = next((line for line in readme.splitlines() if line.startswith(f"| `{setting.env}` |")), None)
    assert row is not None, f"{setting.env} missing from the README's configuration table"


def test_settings_from_environ_converts_types():
    values = settings.from_environ({"TIMELINE_READ_ONLY": "yes", "TIMELINE_MAX_DOCUMENT_BYTES": "10"})
    assert values["READ_ONLY"] is True and values["MAX_DOCUMENT_BYTES"] == 10
    assert settings.from_environ({})["DATABASE"] == "timeline.db"


def test_settings_read_only_app_refuses_writes(seeded_db):
    from conftest import make_app

    app = make_app(seeded_db, READ_ONLY=True, API_TOKEN="t")
    client = app.test_client()
    assert client.get("/health").get_json()["read_only"] is True
    response = client.post("/sources", json={"text": "x", "published": "2024-01-01"},
                           headers={"Authorization": "Bearer t"})
    assert response.status_code == 403 and "read-only" in response.get_json()["detail"]
