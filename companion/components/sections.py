"""Building blocks of the pages: headed sections, cards, lists, row links, intro bars."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import reflex as rx


def section(title: str, *children: rx.Component, count: rx.Var | None = None) -> rx.Component:
    """A titled part of a page, with the number of its items when there is one."""
    heading = rx.hstack(
        rx.heading(title, size="4", as_="h2"),
        *([rx.badge(count, variant="soft", color_scheme="gray")] if count is not None else []),
        align="center",
        spacing="2",
    )
    return rx.vstack(heading, *children, spacing="3", width="100%", align="stretch")


def muted(text: str) -> rx.Component:
    """A quiet line of text, e.g. what an empty list would hold."""
    return rx.text(text, size="2", color_scheme="gray")


def list_or(
    items: rx.Var[list], render: Callable[[rx.Var], rx.Component], empty: str
) -> rx.Component:
    """Each item rendered, or the `empty` text when there is none."""
    return rx.cond(items.length() > 0, rx.foreach(items, render), muted(empty))


def card_grid(*cards: rx.Component) -> rx.Component:
    """Cards two to a row on wide screens, one on phones."""
    return rx.grid(*cards, columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%")


def loaded_list(
    loaded: rx.Var[bool],
    items: rx.Var[list],
    full: rx.Component,
    *,
    empty: rx.Component,
    placeholder: rx.Component,
) -> rx.Component:
    """A page's list in its three states: `placeholder` until the page has loaded, then
    `full`, or `empty` when there are no `items`."""
    return rx.cond(loaded, rx.cond(items.length() > 0, full, empty), placeholder)


def row_card(head: Sequence[rx.Component], *body: rx.Component, spacing: str = "2") -> rx.Component:
    """A full-width card: a wrapping header row, then its body."""
    return rx.card(
        rx.vstack(
            rx.hstack(*head, width="100%", align="center", wrap="wrap"),
            *body,
            spacing=spacing,
            width="100%",
        ),
        width="100%",
    )


def toolbar(lead: rx.Component | str, action: rx.Component, **props) -> rx.Component:
    """A full-width row: what the page is about at the left, its main action at the right."""
    return rx.hstack(
        muted(lead) if isinstance(lead, str) else lead,
        rx.spacer(),
        action,
        width="100%",
        align="center",
        **props,
    )


def row_link(href: str | rx.Var[str], child: rx.Component) -> rx.Component:
    """A whole list row or card that opens `href`, in the surrounding text colour."""
    return rx.link(child, href=href, underline="none", color="inherit", width="100%")


def link_button(icon: str, label: str, href: str) -> rx.Component:
    """A quiet button that navigates to another page."""
    return rx.link(rx.button(rx.icon(icon, size=16), label, variant="soft"), href=href)
