"""Typed settings. The data directory comes from --data-dir, then BAY_DATA_DIR, then the
platform's user data directory. Business state lives in the database, never here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ServiceBay"
LANGS = ("zh_CN", "en")


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    lang: str = "zh_CN"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "servicebay.sqlite3"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.db_path}"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def print_dir(self) -> Path:
        return self.data_dir / "printed"

    @property
    def outbox_dir(self) -> Path:
        """Where the file-writing SMS gateway puts messages (demo and tests)."""
        return self.data_dir / "sms-outbox"

    @property
    def crash_dir(self) -> Path:
        return self.data_dir / "crash-reports"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "servicebay.log"


def resolve_settings(
    data_dir: str | os.PathLike[str] | None = None, lang: str | None = None
) -> Settings:
    chosen = data_dir or os.environ.get("BAY_DATA_DIR")
    if not chosen:
        from platformdirs import user_data_dir  # only here: ~6 ms of every start otherwise

        chosen = user_data_dir(APP_NAME, appauthor=False)
    path = Path(chosen).expanduser().resolve()
    language = lang or os.environ.get("BAY_LANG") or "zh_CN"
    if language not in LANGS:
        language = "zh_CN"
    return Settings(data_dir=path, lang=language)
