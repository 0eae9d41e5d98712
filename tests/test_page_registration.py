"""Each page is registered once, however often the app is compiled in one process.

Production compiles the app in the supervisor and again in every forked backend worker;
Reflex applies the @rx.page pages at each compile and warned "Page X is being redefined
with the same component" for every page in every worker.
"""

from __future__ import annotations

import logging

import companion.companion  # noqa: F401  (registers every page)
from companion import routes


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_second_compile_adds_no_page_again():
    from companion.companion import app

    app._apply_decorated_pages()  # the supervisor's compile (or an earlier test's)
    pages = dict(app._unevaluated_pages)
    collect = _Collect()
    logger = logging.getLogger("reflex.app")
    logger.addHandler(collect)
    try:
        app._apply_decorated_pages()  # a forked worker's compile
    finally:
        logger.removeHandler(collect)

    assert [m for m in collect.messages if "redefined" in m] == []
    assert app._unevaluated_pages == pages  # the same pages, each still there once
    assert {"login", "sessions/[id]", "tutor/students/[id]"} <= set(pages)
    assert routes.SESSION.strip("/") in pages
