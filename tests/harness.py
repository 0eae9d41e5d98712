"""Boot the app with AppHarness in this process, on a given database (backend-only or full)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from companion import db
from companion.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent
# Modules that define Reflex states, pages or components (see forget_ui_modules).
UI_PACKAGES = ("companion", "pages", "state", "components", "theme")
_ENV_KEYS = (
    "DATABASE_URL",
    "COMPANION_WORKER",
    "PATH",
    "REFLEX_USE_SYSTEM_BUN",
    "REFLEX_TELEMETRY_ENABLED",
    "REFLEX_CHECK_LATEST_VERSION",
)


def forget_ui_modules() -> None:
    """Let a second app in this process register its states and pages again.

    AppHarness.stop() removes the app package's State classes from Reflex's state tree,
    and `@rx.page` runs only when a page module is first imported. Re-importing the app
    module alone then builds an app without pages or states (every route 404s). The UI
    modules are dropped so the next import recreates them (their state classes are
    unregistered first: tests collected earlier may have imported them); models, services
    and the database module stay (their tables and engines are shared with the tests).
    """
    from reflex.state import reload_state_module
    from reflex_base.registry import RegistrationContext

    # Unregister the state classes imported earlier, deepest first: a parent removed
    # before its children would hide them from the registry walk.
    for module in _state_modules_deepest_first():
        reload_state_module(module=module)
    pages = RegistrationContext.ensure_context().decorated_pages
    pages[:] = [(fn, kw) for fn, kw in pages if not fn.__module__.startswith("companion.")]
    prefixes = tuple(f"companion.{name}" for name in UI_PACKAGES)
    for name in [
        m for m in sys.modules if m in prefixes or m.startswith(tuple(p + "." for p in prefixes))
    ]:
        del sys.modules[name]
        parent, _, child = name.rpartition(".")
        if parent in sys.modules:  # `from companion import pages` reads the attribute first
            with contextlib.suppress(AttributeError):
                delattr(sys.modules[parent], child)


def _state_modules_deepest_first() -> list[str]:
    from reflex.state import State

    depth: dict[str, int] = {}
    stack = [(State, 0)]
    while stack:
        cls, level = stack.pop()
        if cls.__module__.startswith("companion."):
            depth[cls.__module__] = min(depth.get(cls.__module__, level), level)
        stack.extend((sub, level + 1) for sub in cls.get_substates())
    return sorted(depth, key=depth.__getitem__, reverse=True)


@contextlib.contextmanager
def app_environment(url: str, *, worker: str = "off") -> Iterator[None]:
    """Environment, settings and database for an app booted in this process; restored after."""
    saved = {k: os.environ.get(k) for k in _ENV_KEYS}
    os.environ.update(
        DATABASE_URL=url,
        COMPANION_WORKER=worker,
        REFLEX_USE_SYSTEM_BUN="1",
        REFLEX_TELEMETRY_ENABLED="false",
        REFLEX_CHECK_LATEST_VERSION="false",
        PATH=f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    # Settings are read once per process: forget an earlier read (another module's app,
    # another worker mode) so this app sees the environment set just above.
    get_settings.cache_clear()
    forget_ui_modules()
    db.use_database(url)  # the harness runs the backend in this process
    try:
        yield
    finally:
        db.use_database(None)
        db.dispose_all()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        get_settings.cache_clear()


COPY_IGNORED = shutil.ignore_patterns(
    ".venv",
    ".git",
    ".web",
    ".states",
    ".hypothesis",
    ".ruff_cache",
    ".pytest_cache",
    ".mypy_cache",
    ".jwt_secret",
    "uploaded_files",
    "outbox",
    "*.db",
    "*.db-*",
    "test-artifacts",
    "bench",
    "__pycache__",
)


def app_copy(work: Path) -> Path:
    """A copy of the tree to boot from: its `.web` is the test's own, so a suite run never
    rebuilds the frontend (or rewrites reflex.lock) of an app running in this checkout."""
    tree = work / "app"
    shutil.copytree(ROOT, tree, ignore=COPY_IGNORED, symlinks=True)
    return tree


@contextlib.contextmanager
def running_backend(url: str, *, worker: str = "off", tree: Path | None = None) -> Iterator[str]:
    """The backend's base URL while it runs on `url` (worker "inprocess" or "off"), booted
    from `tree` (a copy of the checkout, made here when not given)."""
    from reflex.testing import AppHarness

    with (
        tempfile.TemporaryDirectory(prefix="companion-app-") as work,
        app_environment(url, worker=worker),
    ):
        root = tree or app_copy(Path(work))
        harness = AppHarness.create(root=root, app_name="companion")
        try:
            harness._initialize_app()
            harness._start_backend()
            sock = harness._poll_for_servers(timeout=30)
            yield "http://{}:{}".format(*sock.getsockname()[:2])
        finally:
            harness.stop()
