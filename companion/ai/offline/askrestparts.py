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
    r"the\s+[a-z]+|it)\s+)?(?:(?:are|were|is|was)\s+(?P<x>[a-z]+)\b|(?P<verb>[a-z]{3,})\b"
    r"(?P<does>(?:(?!\b(?:how|what|whats|find)\b)[^.?!,;])*))",
    re.I,
)
_ASKED = re.compile(
    r"\bhow\s+many\s+(?:(?:are|were)\s+(?P<y>[a-z]+)|(?:of\s+them\s+)?(?P<y2>[a-z]+))", re.I
)
# "how many students take the bus", "how many do not take the bus": the part's own verb
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<said>(?:[a-z']+\s*){1,5})", re.I)
_NEGATIONS = frozenset({"not", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "never"})
_SKIPPED = frozenset({"of", "them", "do", "does", "did", "people"}) | _NEGATIONS
_NOT_NOUNS = frozenset({"are", "were", "is", "was", "of", "do", "does", "did", "have", "there"})


def answer(message: str) -> str | None:
    """The part of a group, or the rest of it, when a fraction or percent of it is named."""
    text = words_to_digits(message).replace(",", "")
    whole, part, asked = _WHOLE.search(text), _PART.search(text), _ASKED.search(text)
    if not whole or not part or not asked or whole.end() > part.start():
        return None
    said = part["f"].replace("percent", "%").replace(" ", "")
    share = sympy.Rational(said.rstrip("%")) / 100 if "%" in said else sympy.Rational(said)
    end = part.end() if part["x"] else part.end("verb")
    rest = text[: whole.start("n")] + text[whole.end("n") : part.start()] + text[end:]
    if numbers(rest) or not 0 < share <= 1 or (n := sympy.Integer(whole["n"])) * share % 1:
        return None  # another number in the story: it says more than these rules read
    count, group = n * share, unit_of(whole["what"])
    if part["verb"]:
        doing = _HOW_MANY.search(text, part.end("verb"))
        words = doing["said"].lower().split() if doing else []
        verb = next((w for w in words if w not in _SKIPPED and unit_of(w) != group), "")
        if verb[:4] != part["verb"].lower()[:4]:
            return None
        which = f"{part['verb']}{part['does']}".strip()
        negated = bool(_NEGATIONS & set(words[: words.index(verb)]))
        return _reply(n, count, said, (whole["what"], which, "do not"), negated)
    named, wanted = unit_of(part["x"]), unit_of(asked["y"] or asked["y2"] or "")
    said_again = re.match(
        r"\s+(?:are|were)\s+(?P<neg>not\s+)?(?P<z>[a-z]+)", text[asked.end() :], re.I
    )
    if wanted == group and said_again and unit_of(said_again["z"]) == named:
        wanted = "" if said_again["neg"] else named  # "how many animals are (not) cows"
    if wanted in _NOT_NOUNS or wanted == group or named in _NOT_NOUNS:
        return None
    named_as = (whole["what"], f"are {part['x']}", f"are not {part['x']}")
    return _reply(n, count, said, named_as, wanted != named)


def _reply(
    n: sympy.Integer, count: sympy.Rational, said: str, named: tuple[str, str, str], rest: bool
) -> str:
    what, which, others = named
    work = f"{said} of {n} {what} {which}: {said} × {n} = {exact(count)}."
    if not rest:
        return f"**{exact(count)}** {what} {which}.\n\n{work}"
    return (
        f"The answer is **{exact(n - count)}**.\n\n{work}\n\n"
        f"The rest {others}: {n} − {exact(count)} = {exact(n - count)}."
    )
