"""Simple probability: dice, coins, a standard deck of cards and one pick from a bag, worked out by listing
the equally likely outcomes and counting the favourable ones.

The probability is an exact fraction (favourable ÷ possible), so it is never below 0 or
above 1. A question whose event is not read in full gets None, never a guess.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence

import sympy

from companion.ai.offline.askformat import words_to_digits

_ASKED = re.compile(
    r"\b(?:probability|chances?|odds|likelihood|how\s+likely|likely)\b"
    r"|\b(?:dice|die)\b.*\b(?:sum|total|add\s+up|adds\s+up)\b|\bp\s*\(",
    re.I,
)
_NOT_SIMPLE = re.compile(
    r"\b(?:replace(?:ment|d)?|put\s+back|conditional|given\s+that|expected|binomial|"
    r"standard\s+deviation|variance|simulat\w*|experimental|spinner)\b",
    re.I,
)
_TIMES = re.compile(r"\b(?:(?P<n>\d+)\s+times|(?P<word>twice|thrice))\b", re.I)
_WORD_TIMES = {"twice": 2, "thrice": 3}
_FACE_WORDS = ("one", "two", "three", "four", "five", "six")
_PLURAL_FACES = re.compile(
    r"\b(one|two|three|four|five|six)(?:e?s)\b(?!\s+(?:dice|coins|cards|times))"
)
_LIST_AT_MOST = 12  # favourable outcomes listed in full up to this many
_Outcome = tuple[int, ...]


def answer(message: str) -> str | None:
    """The probability of a dice, coin, card or bag event, with the outcomes counted; else None."""
    text = _PLURAL_FACES.sub(lambda m: f"{_FACE_WORDS.index(m[1]) + 1}s", message.lower())
    text = words_to_digits(text)
    if not _ASKED.search(text) or _NOT_SIMPLE.search(text):
        return None
    if _BAG.search(text):
        return bag(text)
    has_dice = re.search(r"\b(?:dice|die|d\d+|roll(?:s|ed|ing)?)\b", text)
    has_coin = re.search(r"\b(?:coins?|heads?|tails?)\b", text)
    has_cards = re.search(r"\b(?:cards?|deck|pack)\b", text) or (
        re.search(r"\b(?:draw|pick|choos)\w*\b", text) and _CARD_WORD.search(text)
    )
    if sum(bool(m) for m in (has_dice, has_coin, has_cards)) != 1:
        return None
    if has_dice:
        return dice(text)
    return coins(text) if has_coin else cards(text)


# ---- the reply -----------------------------------------------------------------


def _reply(
    event: str, space: str, possible: int, favourable: Sequence[str], note: str = "", *, odds: bool
) -> str:
    """The probability as favourable ÷ possible, the outcomes counted, and a decimal and percent."""
    value = sympy.Rational(len(favourable), possible)
    shown = f"$\\frac{{{value.p}}}{{{value.q}}}$" if value.q != 1 else str(value.p)
    percent = float(value) * 100
    lines = [
        f"The probability of {event} is **{shown}** (about {float(value):.4g}, or {percent:.4g}%)."
        if 0 < value < 1
        else f"The probability of {event} is **{shown}**.",
        f"1. Possible outcomes: {space} ({possible} in all, each equally likely).",
    ]
    if not favourable:
        lines.append("2. Favourable outcomes: none, so the event is impossible.")
    elif len(favourable) <= _LIST_AT_MOST:
        lines.append(f"2. Favourable outcomes: {', '.join(favourable)} ({len(favourable)} in all).")
    else:
        lines.append(f"2. Favourable outcomes: {len(favourable)}.")
    step = f"{len(favourable)}/{possible}"
    simplified = f" = {value.p}/{value.q}" if value.q != possible and value != 0 else ""
    lines.append(f"3. Probability = favourable ÷ possible = {step}{simplified}.")
    if note:
        lines.append(note)
    if odds:  # odds set the favourable against the unfavourable, not against all outcomes
        against, common = possible - len(favourable), math.gcd(len(favourable), possible)
        lowest = f" = {len(favourable) // common} to {against // common}" if common > 1 else ""
        lines.append(
            f"As odds: {len(favourable)} to {against}{lowest} in favour (favourable to unfavourable),"
            " which is not the same as the probability."
        )
    return "\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:])


# ---- dice ------------------------------------------------------------------------

_SIDES = re.compile(r"\b(\d+)[\s-]*(?:sided|faced)\b|\bd(\d+)\b")
_DICE_COUNT = re.compile(
    r"\b(?P<n>\d+)\s+(?:fair\s+|standard\s+|regular\s+|normal\s+)?(?:\d+[\s-]*sided\s+)?dice\b"
    r"|\b(?P<pair>pair)\s+of\s+dice\b"
)
_SUM = re.compile(
    r"\b(?:sum|total|add\s+up|adds\s+up|added)\b\s*(?:of\s+|is\s+|to\s+|equals?\s+|equal\s+to\s+|being\s+)*"
    r"(?P<cmp>(?:greater|more|higher|bigger|larger|less|lower|smaller|fewer)\s+than\s+|at\s+least\s+|"
    r"at\s+most\s+|over\s+|under\s+|above\s+|below\s+)?(?P<n>\d+)"
    r"(?:\s+or\s+(?P<after>more|higher|greater|above|over|less|lower|fewer|below|under))?"
)
_DOUBLES = re.compile(r"\b(?:doubles?|a\s+double|the\s+same\s+(?:number|value))\b(?!\s+\d)")


def dice(text: str) -> str | None:
    """A die event: a face, a kind of face (even, prime, more than 4) or the sum of the dice."""
    sides_match = _SIDES.search(text)
    sides = int(next(g for g in sides_match.groups() if g)) if sides_match else 6
    count_match = _DICE_COUNT.search(text)
    rolls = _TIMES.search(text)
    count = (
        (2 if count_match["pair"] else int(count_match["n"]))
        if count_match
        else (_times(rolls) if rolls else 1)
    )
    if not count_match and not rolls and (same := re.search(r"\b(\d)\s+\d+'?s\b", text)):
        count = int(same[1])  # "two 6s": as many dice as sixes
    if count_match and rolls:
        count *= _times(rolls)
    if (
        count_match is None
        and not rolls
        and (_SUM.search(text) or _DOUBLES.search(text) or "both" in text)
    ):
        count = 2  # a sum or doubles needs two dice
    elif count_match is None and not rolls and re.search(r"\bdice\b", text):
        count = 1 if re.search(r"\b(?:a|one|1|single)\s+(?:fair\s+)?dice\b", text) else 0
    if not 1 <= count <= 4 or not 2 <= sides <= 100:
        return None
    faces = range(1, sides + 1)
    space = list(itertools.product(faces, repeat=count))
    rest = _SIDES.sub(" ", _DICE_COUNT.sub(" ", _TIMES.sub(" each time ", text)))
    read = _dice_event(rest, count)
    if read is None:
        return None
    said, holds, every = read
    favourable = [o for o in space if holds(o)]
    shown = [_dice_outcome(o) for o in favourable]
    die = f"a {sides}-sided die" if sides != 6 else "a die"
    where = (
        f"the faces of {die}: {', '.join(map(str, faces))}"
        if count == 1
        else f"every ordered result of {count} dice ({sides} × {' × '.join([str(sides)] * (count - 1))})"
    )
    note = ""
    if every:
        one = sum(1 for f in faces if holds((f,) * count))
        note = f"Check: the rolls are independent, so multiply: ({one}/{sides})^{count}."
    return _reply(said, where, len(space), shown, note, odds=_odds(text))


def _dice_outcome(outcome: _Outcome) -> str:
    return str(outcome[0]) if len(outcome) == 1 else "(" + ", ".join(map(str, outcome)) + ")"


def _dice_event(text: str, count: int) -> tuple[str, Callable[[_Outcome], bool], bool] | None:
    """What the event says, a test of an outcome and whether it asks the same of every die;
    None when it is not read in full."""
    if count > 1 and (total := _SUM.search(text)):
        face = _compared(total["cmp"], total["after"], int(total["n"]))
        if face is None:
            return None
        said, test = face
        return f"a sum {said} with {count} dice", lambda o: test(sum(o)), False
    if count > 1 and _DOUBLES.search(text) and not re.search(r"\d", text):
        return f"rolling doubles with {count} dice", lambda o: len(set(o)) == 1, False
    if count == 1:
        single = _face(text)
        if single is None:
            return None
        said, test = single
        return f"rolling {said}", lambda o: test(o[0]), False
    none = re.compile(r"\b(?:not|no|never|neither|none)\b")
    face = _face(re.sub(r"\b\d+\s+(?=\d+'?s\b)", " ", none.sub(" ", text)))
    if face is None:
        return None
    said, test = face
    if re.search(r"\bat\s+least\s+(?:one|1)\b", text):
        return (
            f"at least one die showing {said} with {count} dice",
            lambda o: any(map(test, o)),
            False,
        )
    if none.search(text):
        return f"no die showing {said} with {count} dice", lambda o: not any(map(test, o)), False
    if re.search(r"\b(?:both|all|every|each|twice|in\s+a\s+row|\d+\s+times)\b", text) or _plural(
        text
    ):
        return f"{said} on all {count} dice", lambda o: all(map(test, o)), True
    return None  # "a 6 with two dice": at least one, or both? Not guessed.


def _plural(text: str) -> bool:
    """ "Two 6s" or "double six": the same face on every die."""
    return bool(re.search(r"\b\d+\s+\d+'?s\b|\bdouble\s+\d+\b|\b\d+\s+(?:even|odd)s?\b", text))


_COMPARE = (
    (
        r"(?:greater|more|higher|bigger|larger)\s+than|over|above",
        "greater than",
        lambda a, b: a > b,
    ),
    (r"(?:less|lower|smaller|fewer)\s+than|under|below", "less than", lambda a, b: a < b),
    (r"at\s+least|(?P<x>)or\s+(?:more|higher|greater|above|over)", "at least", lambda a, b: a >= b),
    (r"at\s+most|(?P<x>)or\s+(?:less|lower|fewer|below|under)", "at most", lambda a, b: a <= b),
)


def _compared(
    before: str | None, after: str | None, n: int
) -> tuple[str, Callable[[int], bool]] | None:
    """ "greater than 4", "at least 5", "5 or more", or exactly n."""
    said = (before or (f"or {after}" if after else "")).strip()
    if not said:
        return f"of {n}", lambda v: v == n
    for pattern, name, test in _COMPARE:
        if re.fullmatch(pattern.replace("(?P<x>)", ""), said):
            return f"{name} {n}", lambda v, t=test: t(v, n)
    return None


_FACE_KIND = {
    "even": ("an even number", lambda v: v % 2 == 0),
    "odd": ("an odd number", lambda v: v % 2 == 1),
    "prime": ("a prime number", lambda v: sympy.isprime(v)),
}
_FACE_COMPARE = re.compile(
    r"\b(?P<cmp>(?:greater|more|higher|bigger|larger|less|lower|smaller|fewer)\s+than|at\s+least|"
    r"at\s+most|over|under|above|below)\s+(?:a\s+|an\s+)?(?P<n>\d+)\b"
    r"|\b(?P<n2>\d+)\s+or\s+(?P<after>more|higher|greater|above|over|less|lower|fewer|below|under)\b"
)


def _face(text: str) -> tuple[str, Callable[[int], bool]] | None:
    """A face or kind of face: "a 6", "a 1 or a 2", "an even number", "more than 4", "not a 3"."""
    negated = bool(re.search(r"\bnot\s+(?:getting\s+|rolling\s+)?(?:a|an)?\b", text))
    kinds = [k for k in _FACE_KIND if re.search(rf"\b{k}\b", text)]
    if compared := _FACE_COMPARE.search(text):
        read = _compared(compared["cmp"], compared["after"], int(compared["n"] or compared["n2"]))
        if read is None or kinds:
            return None
        said, test = read
        said = f"a number {said}"
    elif len(kinds) == 1:
        said, test = _FACE_KIND[kinds[0]]
    else:
        named = [int(n) for n in re.findall(r"\b(\d+)(?:'?s)?\b", text)]
        if not named or kinds or len(named) > 3:
            return None
        said = " or ".join(f"a {n}" if n != 8 and n != 11 and n != 18 else f"an {n}" for n in named)
        values = set(named)
        test = values.__contains__
    if negated:
        return f"not {said}", lambda v: not test(v)
    return said, test


# ---- coins -----------------------------------------------------------------------

_HEADS = re.compile(
    r"\b(?:(?P<how>exactly|at\s+least|at\s+most|no|all|only)\s+)?(?:(?P<n>\d+|a|one)\s+)?"
    r"(?P<side>heads?|tails?)\b"
)
_FLIPS = re.compile(r"\b(?P<n>\d+)\s+(?:fair\s+)?(?:coins|flips|tosses|throws)\b")
_SEQUENCE = re.compile(
    r"\b(heads?|tails?)(?:\s*,\s*|\s+(?:then|followed\s+by|and\s+then)\s+)(heads?|tails?)"
    r"(?:(?:\s*,\s*|\s+(?:then|followed\s+by|and\s+then)\s+)(heads?|tails?))*"
)


def coins(text: str) -> str | None:
    """A coin event: heads a number of times (exactly, at least, all), or an exact sequence."""
    flips_match = _FLIPS.search(text)
    rolls = _TIMES.search(text)
    in_a_row = re.search(r"\bin\s+a\s+row\b", text)
    sides = [m for m in _HEADS.finditer(text) if not re.match(r"heads?\s+or\s+tails?", m[0])]
    if sequence := _SEQUENCE.search(text):
        wanted = tuple(w[0].upper() for w in re.findall(r"heads?|tails?", sequence[0]))
        wanted_text = "".join(wanted)
        flips = int(flips_match["n"]) if flips_match else len(wanted)
        if flips != len(wanted):
            return None
        said = " then ".join("heads" if w == "H" else "tails" for w in wanted)
        return _coin_reply(said, flips, lambda o: o == wanted_text, odds=_odds(text))
    if not sides:
        return None
    counts = [_coin_count(m) for m in sides]
    if any(c is None for c in counts) or len({m["side"].rstrip("s") for m in sides}) != len(sides):
        return None
    flips = int(flips_match["n"]) if flips_match else (_times(rolls) if rolls else 0)
    asked = [c for c in counts if c is not None]
    if not flips:
        numbers = [n for _, n in asked if n is not None]
        flips = sum(numbers) if len(sides) == 2 else (numbers[0] if numbers else 1)
    if not 1 <= flips <= 10:
        return None
    tests: list[Callable[[str], bool]] = []
    parts: list[str] = []
    for match, (how, n) in zip(sides, asked, strict=True):
        side = match["side"][0].upper()
        if n is None:  # "heads" alone: every flip when it said how many times, else one flip
            if flips > 1 and not (rolls or in_a_row or how == "all"):
                return None
            how, n = "exactly", flips
        tests.append(_count_test(side, how, n))
        parts.append(_count_said(how, n, "heads" if side == "H" else "tails", flips))
    return _coin_reply(
        " and ".join(parts), flips, lambda o: all(t(o) for t in tests), odds=_odds(text)
    )


def _coin_count(match: re.Match[str]) -> tuple[str, int | None] | None:
    how = re.sub(r"\s+", " ", match["how"] or "exactly")
    n = match["n"]
    if how == "no":
        return "exactly", 0
    if how in ("all", "only"):
        return "all", None
    if n is None:
        return (how, None) if how == "exactly" else None
    return how, 1 if n in ("a", "one") else int(n)


def _count_test(side: str, how: str, n: int) -> Callable[[str], bool]:
    tests = {
        "exactly": lambda c: c == n,
        "at least": lambda c: c >= n,
        "at most": lambda c: c <= n,
        "all": lambda c: c == n,
    }
    return lambda o: tests[how](o.count(side))


def _count_said(how: str, n: int, side: str, flips: int) -> str:
    if n == flips and how in ("exactly", "all"):
        return f"{side} every time" if flips > 1 else side
    name = side if n != 1 else side.rstrip("s")
    return (
        f"{'' if how == 'exactly' else how + ' '}{n} {name}"
        if how != "exactly"
        else f"exactly {n} {name}"
    )


def _coin_reply(said: str, flips: int, holds: Callable[[str], bool], *, odds: bool) -> str:
    space = ["".join(o) for o in itertools.product("HT", repeat=flips)]
    favourable = [o for o in space if holds(o)]
    where = (
        "heads (H) or tails (T)"
        if flips == 1
        else f"every sequence of {flips} flips (2{' × 2' * (flips - 1)}), H for heads and T for tails"
    )
    event = f"{said} in {flips} flips" if flips > 1 else said
    note = ""
    if len(favourable) == 1 and flips > 1:
        note = f"Check: each flip is independent with chance 1/2, so multiply: (1/2)^{flips}."
    return _reply(event, where, len(space), favourable, note, odds=odds)


def _odds(text: str) -> bool:
    return bool(re.search(r"\bodds\b", text))


def _times(match: re.Match[str]) -> int:
    return _WORD_TIMES[match["word"]] if match["word"] else int(match["n"])


# ---- a bag of things -------------------------------------------------------------

_BAG = re.compile(r"\b(?:bag|jar|box|urn|marbles?|balls?|counters?|beads?|sweets|candies|socks)\b")
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
_CARD_WORD = re.compile(
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
        words = [_card_term(w) for w in _CARD_WORD.findall(choice)]
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
    return _reply(
        f"drawing {' or '.join(said)}",
        "the 52 cards of a standard deck",
        52,
        shown,
        note,
        odds=_odds(text),
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
