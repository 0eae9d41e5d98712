"""Booting the app in a test never touches the checkout's own frontend build or lock file,
so the suite can run while `companion run` serves this same checkout."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.harness import ROOT, running_backend

pytestmark = pytest.mark.boots_app


def _fingerprint() -> dict[str, str]:
    """Hash of reflex.lock and the path, size and mtime of every file under .web."""
    web = ROOT / ".web"
    listing = (
        sorted(
            f"{p.relative_to(web)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
            for p in web.rglob("*")
            if p.is_file() and "node_modules" not in p.parts
        )
        if web.exists()
        else []
    )
    lock = ROOT / "reflex.lock"
    lock_files = sorted(p for p in lock.rglob("*") if p.is_file()) if lock.is_dir() else [lock]
    digest = hashlib.sha256()
    for f in lock_files:
        if f.exists():
            digest.update(f.read_bytes())
    return {
        "web": hashlib.sha256("\n".join(listing).encode()).hexdigest(),
        "lock": digest.hexdigest(),
    }


def test_booting_the_app_leaves_the_checkouts_web_and_lock_alone(tmp_path: Path, sqlite_template):
    before = _fingerprint()
    path = tmp_path / "app.db"
    shutil.copy(sqlite_template, path)
    with running_backend(f"sqlite:///{path}"):
        pass
    assert _fingerprint() == before
