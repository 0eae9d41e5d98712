"""Pairs of words that contradict each other in an answer ("east" and "west", "inside" and
"outside"), and every word that belongs to such a pair."""

from __future__ import annotations

# pairs of words that contradict each other in an answer
OPPOSITES = (
    ("east", "west"),
    ("north", "south"),
    ("left", "right"),
    ("up", "down"),
    ("upward", "downward"),
    ("increasing", "decreasing"),
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("positive", "negative"),
    ("above", "below"),
    ("maximum", "minimum"),
    ("horizontal", "vertical"),
    ("even", "odd"),
    ("true", "false"),
    ("yes", "no"),
    ("inside", "outside"),
    ("greater", "less"),
    ("greater", "equal"),
    ("less", "equal"),
    ("more", "fewer"),
    ("before", "after"),
    ("clockwise", "counterclockwise"),
    ("parallel", "perpendicular"),
    ("open", "closed"),
    ("acute", "obtuse"),
    ("converges", "diverges"),
    ("convergent", "divergent"),
    ("same", "opposite"),
    ("with", "without"),
    ("x-intercept", "y-intercept"),
    ("x-axis", "y-axis"),
)
PAIRED = frozenset(word for pair in OPPOSITES for word in pair)
