"""Dense tables for tutors and admins: sortable headers, an empty state, paging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import reflex as rx

from companion.components.sections import loaded_list


def sorted_rows(rows: Sequence[Any], key: str, desc: bool) -> list[Any]:
    """Rows sorted by one attribute; rows lacking a value (None, "") always go last."""
    present = [r for r in rows if getattr(r, key, None) not in (None, "")]
    missing = [r for r in rows if getattr(r, key, None) in (None, "")]

    def value(row: Any) -> Any:
        v = getattr(row, key)
        return v.lower() if isinstance(v, str) else v

    return sorted(present, key=value, reverse=desc) + missing


def sortable_header(
    label: str,
    key: str,
    *,
    sort_key: rx.Var[str],
    sort_desc: rx.Var[bool],
    on_sort: Callable[[str], rx.event.EventSpec],
) -> rx.Component:
    """A column header that sorts by `key`; pressing it again reverses the order."""
    active = sort_key == key
    return rx.table.column_header_cell(
        rx.button(
            rx.text(label, weight="bold"),
            rx.cond(
                active,
                rx.cond(sort_desc, rx.icon("arrow-down", size=14), rx.icon("arrow-up", size=14)),
                rx.icon("arrow-up-down", size=14, opacity="0.45"),
            ),
            on_click=on_sort(key),
            variant="ghost",
            color_scheme="gray",
            high_contrast=True,
            size="1",
            aria_label=f"Sort by {label.lower()}",
            white_space="nowrap",
        ),
        aria_sort=rx.cond(active, rx.cond(sort_desc, "descending", "ascending"), "none"),
    )


def sortable_headers(
    columns: Sequence[tuple[str, str]],
    *,
    sort_key: rx.Var[str],
    sort_desc: rx.Var[bool],
    on_sort: Callable[[str], rx.event.EventSpec],
) -> list[rx.Component]:
    """One sortable header per (label, key) column, all driven by the same sort state."""
    return [
        sortable_header(label, key, sort_key=sort_key, sort_desc=sort_desc, on_sort=on_sort)
        for label, key in columns
    ]


def header(label: str, **props) -> rx.Component:
    """A plain (not sortable) column header."""
    return rx.table.column_header_cell(
        rx.text(label, size="1", weight="bold"), white_space="nowrap", **props
    )


def data_table(
    headers: Sequence[rx.Component],
    rows: rx.Var[list],
    render_row: Callable[[rx.Var], rx.Component],
    *,
    loaded: rx.Var[bool],
    empty: rx.Component,
    label: str,
) -> rx.Component:
    """A table that scrolls inside its own box on small screens; skeleton rows while loading."""
    table = rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*headers)),
            rx.table.body(rx.foreach(rows, render_row)),
            size="1",
            variant="surface",
            width="100%",
            aria_label=label,
        ),
        overflow_x="auto",
        width="100%",
        max_width="100%",
    )
    return loaded_list(loaded, rows, table, empty=empty, placeholder=skeletons(4, "2rem"))


def skeletons(count: int, height: str, spacing: str = "2") -> rx.Component:
    """`count` grey placeholder bars of `height`, shown while a page loads."""
    return rx.vstack(
        *[rx.skeleton(rx.box(height=height, width="100%"), loading=True) for _ in range(count)],
        width="100%",
        spacing=spacing,
    )


def empty_state(
    icon: str, title: str, body: str, action: rx.Component | None = None
) -> rx.Component:
    """What this table is for and, when there is one, the action that fills it."""
    return rx.card(
        rx.vstack(
            rx.icon(icon, size=28, color="var(--accent-9)"),
            rx.heading(title, size="4", as_="h3"),
            rx.text(body, color_scheme="gray", size="2"),
            *([action] if action is not None else []),
            spacing="2",
            align="center",
            text_align="center",
        ),
        width="100%",
        size="3",
    )


def pager(
    page: rx.Var[int],
    pages: rx.Var[int],
    total: rx.Var[int],
    *,
    on_page: Callable[[int], rx.event.EventSpec],
    noun: str,
) -> rx.Component:
    """'Page 2 of 5 · 230 users' with previous/next buttons."""
    return rx.hstack(
        rx.text(f"Page {page} of {pages} · {total} {noun}", size="2", color_scheme="gray"),
        rx.spacer(),
        rx.button(
            rx.icon("chevron-left", size=16),
            "Previous",
            variant="soft",
            size="1",
            disabled=page <= 1,
            on_click=on_page(page - 1),
            aria_label="Previous page",
        ),
        rx.button(
            "Next",
            rx.icon("chevron-right", size=16),
            variant="soft",
            size="1",
            disabled=page >= pages,
            on_click=on_page(page + 1),
            aria_label="Next page",
        ),
        width="100%",
        align="center",
        spacing="2",
    )


def paged_table(
    state: type[rx.State],
    headers: Sequence[rx.Component],
    rows: rx.Var[list],
    render_row: Callable[[rx.Var], rx.Component],
    *,
    label: str,
    empty: rx.Component,
    noun: str,
    top: rx.Component | None = None,
) -> rx.Component:
    """A page's table of one page of rows and the pager under it.

    `state` holds `loaded`, `page`, `pages`, `total` and the `go_to_page` handler.
    """
    return rx.vstack(
        *([top] if top is not None else []),
        data_table(headers, rows, render_row, loaded=state.loaded, empty=empty, label=label),
        pager(state.page, state.pages, state.total, on_page=state.go_to_page, noun=noun),
        spacing="4",
        width="100%",
    )
