"""Small recharts wrappers on the 0-100 mastery scale, with a text summary for screen readers."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx


def _chart(
    kind: Callable[..., rx.Component],
    data: rx.Var,
    x_key: str,
    label: str,
    height: int,
    domain: tuple[int, int],
    *children: rx.Component,
    x_font_size: int = 12,
) -> rx.Component:
    """A labelled, responsive chart on a grid with 0-100 axes; `children` draw the series."""
    return rx.box(
        rx.recharts.responsive_container(
            kind(
                rx.recharts.cartesian_grid(stroke_dasharray="3 3", stroke="var(--gray-a5)"),
                rx.recharts.x_axis(data_key=x_key, tick_line=False, font_size=x_font_size),
                rx.recharts.y_axis(domain=list(domain), width=40, font_size=12),
                rx.recharts.graphing_tooltip(),
                *children,
                data=data,
                margin={"top": 8, "right": 12, "left": 0, "bottom": 0},
                # The wrapper is one labelled image; no inner tab stop without a name.
                custom_attrs={"accessibilityLayer": False},
            ),
            width="100%",
            height=height,
        ),
        width="100%",
        role="img",
        aria_label=label,
    )


def line_chart(
    data: rx.Var,
    x_key: str,
    y_key: str,
    label: str,
    *,
    height: int = 240,
    domain: tuple[int, int] = (0, 100),
) -> rx.Component:
    """One series over time."""
    return _chart(
        rx.recharts.line_chart,
        data,
        x_key,
        label,
        height,
        domain,
        rx.recharts.reference_line(y=70, stroke="var(--teal-8)", stroke_dasharray="4 4"),
        rx.recharts.line(
            data_key=y_key,
            name=label,
            stroke="var(--accent-9)",
            stroke_width=2,
            type_="monotone",
            dot=True,
            is_animation_active=False,
        ),
    )


def bar_chart(
    data: rx.Var, x_key: str, y_key: str, label: str, *, height: int = 240
) -> rx.Component:
    """Values per category (scores, mastery per concept)."""
    return _chart(
        rx.recharts.bar_chart,
        data,
        x_key,
        label,
        height,
        (0, 100),
        rx.recharts.bar(
            data_key=y_key,
            name=label,
            fill="var(--accent-9)",
            radius=[4, 4, 0, 0],
            is_animation_active=False,
        ),
        x_font_size=11,
    )
