"""/api/docs: Swagger UI 5 from the files the `swagger-ui-py` package ships, no CDN.

The page loads only /api/docs/assets/* and /api/openapi.json, so it works offline and
under the app's Content-Security-Policy (no inline script: the set-up is a small file).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles

DOCS_URL = "/api/docs"
ASSETS_URL = "/api/docs/assets"
OPENAPI_URL = "/api/openapi.json"
# Only the package's static files are used (found without importing its web handlers);
# Swagger UI 5 reads the OpenAPI 3.1 documents FastAPI writes.
_SPEC = find_spec("swagger_ui")
STATIC = Path(_SPEC.submodule_search_locations[0]) / "static" if _SPEC else None

_PAGE = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Study Companion API</title>
  <link rel="stylesheet" href="{ASSETS_URL}/swagger-ui.css">
  <link rel="icon" type="image/png" href="{ASSETS_URL}/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="{ASSETS_URL}/swagger-ui-bundle.js"></script>
  <script src="{DOCS_URL}/init.js"></script>
</body>
</html>
"""

_INIT = f"""window.ui = SwaggerUIBundle({{
  url: "{OPENAPI_URL}",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  validatorUrl: null
}});
"""


def docs_page() -> HTMLResponse:
    """The Swagger UI page."""
    return HTMLResponse(_PAGE)


def docs_init() -> Response:
    """The script that starts Swagger UI on the app's OpenAPI document."""
    return Response(_INIT, media_type="text/javascript")


def install_docs(api: FastAPI) -> None:
    """Serve the docs page, its set-up script and the packaged Swagger UI files."""
    api.add_api_route(DOCS_URL, docs_page, methods=["GET"], include_in_schema=False)
    api.add_api_route(f"{DOCS_URL}/init.js", docs_init, methods=["GET"], include_in_schema=False)
    if STATIC is None:
        raise RuntimeError("swagger-ui-py is not installed (pip install -e .)")
    api.mount(ASSETS_URL, StaticFiles(directory=str(STATIC)), name="docs-assets")
