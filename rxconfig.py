"""Reflex configuration, built from the app's settings (the only reader of the environment)."""

import reflex as rx

from companion.db import normalize_url
from companion.settings import get_settings
from companion.theme import app_theme

settings = get_settings()

_options: dict = {}
if settings.redis_url:
    # Several backend workers share state through Redis (README: Scaling).
    _options["redis_url"] = settings.redis_url
    _options["state_manager_mode"] = "redis"
else:
    # One worker: state in memory (expired after idle). The default disk manager pickles
    # every student's states to .states/ and stats all those files every 2 s.
    _options["state_manager_mode"] = "memory"
# In every mode, /api, /_upload and the websocket answer only pages from the app's own URL
# (COMPANION_URL) or COMPANION_ALLOWED_ORIGINS; companion.api.web_guard applies the same rule.
_options["cors_allowed_origins"] = list(settings.allowed_origins)

config = rx.Config(
    app_name="companion",
    telemetry_enabled=False,
    db_url=normalize_url(settings.database_url),
    show_built_with_reflex=False,
    plugins=[rx.plugins.RadixThemesPlugin(theme=app_theme())],
    disable_plugins=[rx.plugins.SitemapPlugin],  # private app: nothing to index
    **_options,
)
