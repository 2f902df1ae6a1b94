"""Settings as a declared table: a name, an environment variable, a default and a help line.

The README's configuration table is checked against this table by a test.
"""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: object
    help: str
    kind: type = str
    choices: tuple[str, ...] = ()


SETTINGS = (
    Setting("DATABASE", "TIMELINE_DB", "timeline.db",
            "Path of the SQLite file; created and filled from the seeds when missing or empty."),
    Setting("SEEDS", "TIMELINE_SEEDS", "",
            "Folder ingested into an empty database at start-up (default: the bundled seeds/)."),
    Setting("API_TOKEN", "TIMELINE_API_TOKEN", "",
            "Bearer token for writes (POST /sources); writes are refused when unset."),
    Setting("READ_ONLY", "TIMELINE_READ_ONLY", False,
            "Serve the database read-only (no writes, no seeding): for serving nodes.", bool),
    Setting("MAX_DOCUMENT_BYTES", "TIMELINE_MAX_DOCUMENT_BYTES", 2 * 1024 * 1024,
            "Largest accepted document, in bytes (larger bodies get 413).", int),
    Setting("EXTRACT_ACCESS", "TIMELINE_EXTRACT_ACCESS", "token",
            "Who may call POST /extract: `token` (the write token; refused when unset) or `public` (anyone).",
            choices=("token", "public")),
    Setting("EXTRACT_MAX_BYTES", "TIMELINE_EXTRACT_MAX_BYTES", 64 * 1024,
            "Largest body POST /extract takes, in bytes (larger bodies get 413).", int),
    Setting("DATE_ORDER", "TIMELINE_DATE_ORDER", "",
            "Day/month order of numeric `published` dates such as 08.12.2024 (`DMY` or `MDY`) when the "
            "document's language does not say; unset: an ambiguous one is refused.", choices=("dmy", "mdy")),
    Setting("PUBLIC_URL", "TIMELINE_PUBLIC_URL", "",
            "Public base URL for absolute links (e.g. `https://timeline.example.org`); unset: links are "
            "relative paths, never built from the request's Host header."),
    Setting("CURSOR_SECRET", "TIMELINE_CURSOR_SECRET", "",
            "Key that signs pagination cursors (default: a random key kept in the database)."),
    Setting("CORS_ORIGIN", "TIMELINE_CORS_ORIGIN", "*",
            "Value of Access-Control-Allow-Origin on GET responses."),
)


def _convert(setting: Setting, raw: str):
    if setting.choices:
        value = raw.strip().lower()
        if value not in setting.choices:
            raise ValueError(f"{setting.env}: expected one of {', '.join(setting.choices)}, got {raw!r}")
        return value
    if setting.kind is bool:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if setting.kind is int:
        return int(raw)
    return raw


def from_environ(environ=None) -> dict:
    """Every setting's value: the environment variable when set, else the default."""
    environ = os.environ if environ is None else environ
    values = {}
    for setting in SETTINGS:
        raw = environ.get(setting.env)
        values[setting.name] = setting.default if raw in (None, "") else _convert(setting, raw)
    return values
