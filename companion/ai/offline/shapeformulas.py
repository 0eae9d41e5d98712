"""The formulas for the area, perimeter, circumference, volume and surface area of common
shapes: how each is written, the sizes it needs and its value from them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy


@dataclass(frozen=True)
class Formula:
    name: str  # how the formula is written, in LaTeX
    needs: tuple[str, ...]  # sizes it needs, in the order sizes are read when not named
    value: Callable[..., sympy.Expr]  # function of those sizes

    def __call__(self, sizes: dict[str, sympy.Expr]) -> sympy.Expr:
        return sympy.nsimplify(self.value(*(sizes[n] for n in self.needs)))


_PI = sympy.pi
FORMULAS: dict[tuple[str, str], Formula] = {
    ("area", "rectangle"): Formula("A = l \\times w", ("length", "width"), lambda ln, w: ln * w),
    ("perimeter", "rectangle"): Formula("P = 2(l + w)", ("length", "width"), lambda ln, w: 2 * (ln + w)),
    ("area", "square"): Formula("A = s^2", ("side",), lambda s: s**2),
    ("perimeter", "square"): Formula("P = 4s", ("side",), lambda s: 4 * s),
    ("area", "triangle"): Formula("A = \\tfrac{1}{2} b h", ("base", "height"), lambda b, h: b * h / 2),
    ("perimeter", "triangle"): Formula("P = a + b + c", ("a", "b", "c"), lambda a, b, c: a + b + c),
    ("area", "circle"): Formula("A = \\pi r^2", ("radius",), lambda r: _PI * r**2),
    ("circumference", "circle"): Formula("C = 2 \\pi r", ("radius",), lambda r: 2 * _PI * r),
    ("perimeter", "circle"): Formula("C = 2 \\pi r", ("radius",), lambda r: 2 * _PI * r),
    ("area", "semicircle"): Formula("A = \\tfrac{1}{2} \\pi r^2", ("radius",), lambda r: _PI * r**2 / 2),
    ("area", "trapezoid"): Formula("A = \\tfrac{1}{2}(a + b) h", ("a", "b", "height"), lambda a, b, h: (a + b) * h / 2),
    ("area", "parallelogram"): Formula("A = b h", ("base", "height"), lambda b, h: b * h),
    ("area", "rhombus"): Formula("A = \\tfrac{1}{2} d_1 d_2", ("a", "b"), lambda p, q: p * q / 2),
    ("perimeter", "rhombus"): Formula("P = 4s", ("side",), lambda s: 4 * s),
    ("volume", "cube"): Formula("V = s^3", ("side",), lambda s: s**3),
    ("surface area", "cube"): Formula("SA = 6 s^2", ("side",), lambda s: 6 * s**2),
    ("volume", "box"): Formula("V = l w h", ("length", "width", "height"), lambda ln, w, h: ln * w * h),
    ("surface area", "box"): Formula("SA = 2(lw + lh + wh)", ("length", "width", "height"), lambda ln, w, h: 2 * (ln * w + ln * h + w * h)),
    ("volume", "cylinder"): Formula("V = \\pi r^2 h", ("radius", "height"), lambda r, h: _PI * r**2 * h),
    ("surface area", "cylinder"): Formula("SA = 2\\pi r^2 + 2\\pi r h", ("radius", "height"), lambda r, h: 2 * _PI * r**2 + 2 * _PI * r * h),
    ("volume", "sphere"): Formula("V = \\tfrac{4}{3} \\pi r^3", ("radius",), lambda r: sympy.Rational(4, 3) * _PI * r**3),
    ("surface area", "sphere"): Formula("SA = 4 \\pi r^2", ("radius",), lambda r: 4 * _PI * r**2),
    ("volume", "cone"): Formula("V = \\tfrac{1}{3} \\pi r^2 h", ("radius", "height"), lambda r, h: _PI * r**2 * h / 3),
    ("volume", "pyramid"): Formula("V = \\tfrac{1}{3} s^2 h", ("side", "height"), lambda s, h: s**2 * h / 3),
}  # fmt: skip
