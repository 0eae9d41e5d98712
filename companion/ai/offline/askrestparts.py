"""A group and a part of it named by a fraction or a percent: "there are 36 students and 2/3
of them are girls, how many boys", "in a class of 30 students 40% are boys, how many are
girls". Asked about the part, the part is the fraction of the whole; asked about the
others, they are the whole less the part. A question naming neither gets no number."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.askrates import unit_of

_WHOLE = re.compile(
    r"(?:^|\b(?:there\s+(?:are|were)|has|have|had|of|with)\s+)(?P<n>\d+)\s+(?P<what>[a-z]+)",
    re.I,
)
_PART = re.compile(
    r"(?P<f>\d+/\d+|\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s+percent)\s+(?:of\s+(?:them|these|those|"
    r"the\s+[a-z]+|it)\s+)?(?:are|were|is|was)\s+(?P<x>[a-z]+)\b",
    re.I,
)
_ASKED = re.compile(
    r"\bhow\s+many\s+(?:(?:are|were)\s+(?P<y>[a-z]+)|(?:of\s+them\s+)?(?P<y2>[a-z]+))", re.I
)
_NOT_NOUNS = frozenset({"are", "were", "is", "was", "of", "do", "does", "did", "have", "there"})


def answer(message: str) -> str | None:
    """The part of a group, or the rest of it, when a fraction or percent of it is named."""
    text = words_to_digits(message).replace(",", "")
    whole, part, asked = _WHOLE.search(text), _PART.search(text), _ASKED.search(text)
    if not whole or not part or not asked or whole.end() > part.start():
        return None
    said = part["f"].replace("percent", "%").replace(" ", "")
    share = sympy.Rational(said.rstrip("%")) / 100 if "%" in said else sympy.Rational(said)
    rest = text[: whole.start("n")] + text[whole.end("n") : part.start()] + text[part.end() :]
    if numbers(rest) or not 0 < share <= 1:
        return None  # another number in the story: it says more than these rules read
    n, group = sympy.Integer(whole["n"]), unit_of(whole["what"])
    named, wanted = unit_of(part["x"]), unit_of(asked["y"] or asked["y2"] or "")
    if wanted in _NOT_NOUNS or wanted == group or named in _NOT_NOUNS:
        return None
    count = n * share
    if count != int(count):
        return None
    work = f"{said} of {n} {whole['what']} are {part['x']}: {said} × {n} = {exact(count)}."
    if wanted == named:
        return f"**{exact(count)}** {whole['what']} are {part['x']}.\n\n{work}"
    return (
        f"The answer is **{exact(n - count)}**.\n\n{work}\n\n"
        f"The rest are not {part['x']}: {n} − {exact(count)} = {exact(n - count)}."
    )
