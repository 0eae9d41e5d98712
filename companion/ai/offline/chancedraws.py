"""One thing drawn at random: from a bag of counted kinds, or one card from a standard deck."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy

from companion.ai.offline.chancereply import asks_odds, reply

BAG = re.compile(r"\b(?:bag|jar|box|urn|marbles?|balls?|counters?|beads?|sweets|candies|socks)\b")
_ITEM = re.compile(r"\b(?P<n>\d+)\s+(?P<name>[a-z]+)\b")
_CONTAINER = {
    "bag",
    "jar",
    "box",
    "urn",
    "marble",
    "ball",
    "counter",
    "bead",
    "sweet",
    "candy",
    "sock",
}
_PICK = re.compile(
    r"\b(?:pick|draw|choos|chose|select|pull|get|take|grab|tak)\w*\s+(?:out\s+)?(?P<what>.+)$"
)


def bag(text: str) -> str | None:
    """One thing taken at random from a bag of counted kinds ("3 red and 5 blue marbles")."""
    if re.search(r"\b(?:then|replace\w*|without|both|twice|in\s+a\s+row|another|second)\b", text):
        return None  # more than one pick
    counts: dict[str, int] = {}
    listed = []
    for item in _ITEM.finditer(text):
        name = _single(item["name"])
        if name in _CONTAINER or name in counts:
            return None
        counts[name] = int(item["n"])
        listed.append(f"{item['n']} {item['name']}")
    pick = _PICK.search(text)
    if len(counts) < 2 or pick is None or re.match(r"\d", pick["what"]):
        return None
    what = re.split(r"\b(?:from|out\s+of|in)\b", pick["what"])[0]
    wanted: set[str] = set()
    said = []
    for choice in re.split(r"\bor\b", what):
        words = [_single(w) for w in re.findall(r"[a-z]+", choice)]
        named = [w for w in words if w in counts]
        if len(named) != 1:
            return None
        negated = "not" in words
        wanted |= set(counts) - {named[0]} if negated else {named[0]}
        said.append(("not " if negated else "") + named[0])
    if re.search(r"\bnot\s+(?:pick|draw|choos|select|pull|get|tak|grab)", text):
        wanted, said = set(counts) - wanted, [f"not {' or '.join(said)}"]
    total = sum(counts.values())
    favourable = sum(counts[k] for k in wanted)
    value = sympy.Rational(favourable, total)
    shown = f"$\\frac{{{value.p}}}{{{value.q}}}$" if value.q != 1 else str(value.p)
    lines = [
        f"The probability of picking {' or '.join(said)} is **{shown}**.",
        f"1. Possible outcomes: {', '.join(listed)}, so {total} in all, each equally likely"
        f" to be picked.\n"
        f"2. Favourable outcomes: {_added([counts[k] for k in counts if k in wanted])}.\n"
        f"3. Probability = favourable ÷ possible = {favourable}/{total}"
        + (
            f" = {value.p}/{value.q}.".replace("/1.", ".")
            if value.q != total and favourable
            else "."
        ),
    ]
    return "\n\n".join(lines)


def _added(parts: list[int]) -> str:
    return f"{' + '.join(map(str, parts))} = {sum(parts)}" if len(parts) > 1 else str(sum(parts))


def _single(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# ---- cards -----------------------------------------------------------------------

_RANKS = ("ace", *map(str, range(2, 11)), "jack", "queen", "king")
_SUITS = {"hearts": "red", "diamonds": "red", "clubs": "black", "spades": "black"}
_CARD_TERMS: dict[str, Callable[[tuple[str, str]], bool]] = {
    "red": lambda c: _SUITS[c[1]] == "red",
    "black": lambda c: _SUITS[c[1]] == "black",
    "face": lambda c: c[0] in ("jack", "queen", "king"),
    "picture": lambda c: c[0] in ("jack", "queen", "king"),
    "number": lambda c: c[0].isdigit(),
}


def _is(place: int, name: str) -> Callable[[tuple[str, str]], bool]:
    """A card test on its rank (place 0) or suit (place 1)."""
    return lambda card: card[place] == name


_CARD_TERMS |= {suit: _is(1, suit) for suit in _SUITS} | {rank: _is(0, rank) for rank in _RANKS}
_DECK = re.compile(
    r"\b(?:from|out\s+of|in|of)\s+(?:a|the|an?\s+ordinary)\s+(?:\w+\s+){0,2}?(?:52[\s-]card\s+)?"
    r"(?:deck|pack)(?:\s+of\s+(?:52\s+)?(?:playing\s+)?cards)?"
)
CARD_WORD = re.compile(
    r"\b(red|black|face|picture|number|hearts?|diamonds?|clubs?|spades?|aces?|jacks?|queens?|"
    r"kings?|(?:10|[2-9])(?:'?s)?)\b"
)


def cards(text: str) -> str | None:
    """One card drawn from a standard 52-card deck: a colour, suit, rank or a mix of them."""
    several = r"\b(?:(?!52\b)\d+|both|all)\s+(?:red\s+|black\s+)?(?:cards|aces|kings|queens|jacks|hearts|diamonds|clubs|spades)\b"
    if re.search(rf"{several}|\bin\s+a\s+row\b|\bthen\b|\btwice\b", text):
        return None  # more than one draw
    event = _DECK.sub(" ", text)
    event = re.sub(r"\b52\b", " ", event)
    choices = re.split(r"\bor\b", event)
    tests, said = [], []
    for choice in choices:
        words = [_card_term(w) for w in CARD_WORD.findall(choice)]
        if not words:
            continue
        negated = bool(re.search(r"\bnot\b", choice))
        test = _all_of([_CARD_TERMS[w] for w in words])
        tests.append((lambda c, t=test: not t(c)) if negated else test)
        said.append(("not " if negated else "") + _card_said(words))
    if not tests:
        return None
    deck = [(rank, suit) for suit in _SUITS for rank in _RANKS]
    favourable = [c for c in deck if any(t(c) for t in tests)]
    shown = [f"{r if r.isdigit() else r.title()} of {s}" for r, s in favourable]
    note = "A deck has 4 suits (hearts and diamonds are red, clubs and spades black), 13 cards each: ace, 2 to 10, jack, queen, king."
    return reply(
        f"drawing {' or '.join(said)}",
        "the 52 cards of a standard deck",
        52,
        shown,
        note,
        odds=asks_odds(text),
    )


def _card_term(word: str) -> str:
    word = word.removesuffix("'s")
    if word in _CARD_TERMS:
        return word
    return word[:-1] if word[:-1] in _CARD_TERMS else word + "s"


def _all_of(tests: list[Callable[[tuple[str, str]], bool]]) -> Callable[[tuple[str, str]], bool]:
    return lambda c: all(t(c) for t in tests)


def _card_said(words: list[str]) -> str:
    nouns = {"face": "face card", "picture": "picture card", "number": "number card"}
    if len(words) == 1 and words[0] in ("red", "black"):
        return f"a {words[0]} card"
    if len(words) == 1 and words[0] in _SUITS:
        return f"a {words[0].removesuffix('s')}"
    text = " ".join(nouns.get(w, w) for w in words)
    text = re.sub(r"^(\w+) (hearts|diamonds|clubs|spades)$", r"\1 of \2", text)
    return f"an {text}" if text[0] in "a8" else f"a {text}"
