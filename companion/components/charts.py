"""Small recharts wrappers on the 0-100 mastery scale, with a text summary for screen readers."""

from __future__ import annotations

import reflex as rx


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
    return rx.box(
        rx.recharts.responsive_container(
            rx.recharts.line_chart(
                rx.recharts.cartesian_grid(stroke_dasharray="3 3", stroke="var(--gray-a5)"),
                rx.recharts.x_axis(data_key=x_key, tick_line=False, font_size=12),
                rx.recharts.y_axis(domain=list(domain), width=40, font_size=12),
                rx.recharts.graphing_tooltip(),
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


def bar_chart(
    data: rx.Var, x_key: str, y_key: str, label: str, *, height: int = 240
) -> rx.Component:
    """Values per category (scores, mastery per concept)."""
    return rx.box(
        rx.recharts.responsive_container(
            rx.recharts.bar_chart(
                rx.recharts.cartesian_grid(stroke_dasharray="3 3", stroke="var(--gray-a5)"),
                rx.recharts.x_axis(data_key=x_key, font_size=11, tick_line=False),
                rx.recharts.y_axis(domain=[0, 100], width=40, font_size=12),
                rx.recharts.graphing_tooltip(),
                rx.recharts.bar(
                    data_key=y_key,
                    name=label,
                    fill="var(--accent-9)",
                    radius=[4, 4, 0, 0],
                    is_animation_active=False,
                ),
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
