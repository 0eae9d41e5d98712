"""Short story problems: time elapsed between two clock times ("starts at 2:45 pm and ends at
5:10 pm"), an amount that changes ("had 50 dollars and spent 18 and 12", "3 bags of 12 apples
and give away 7"), and one amount a number of times another ("3 times as old as his sister
who is 4"), and a number described in words ("6 more than twice a number is 20").

Every number of the story has to be read for an answer to be given: a number the rules do
not place means the story says something they do not understand, and then no number is
better than a wrong one."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits

_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s?m\b\.?)?", re.I)
_HOW_LONG = re.compile(r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|minutes))\b", re.I)

_NUM = r"\$?\d+(?:\.\d+)?"
_TAKE = (
    r"spent|spends|spend|gave(?:\s+away)?|gives?(?:\s+away)?|ate|eats?|lost|loses?|lose|used|uses?|"
    r"sold|sells?|paid|pays?|took\s+away|takes?\s+away|broke|breaks?|popped|pops?|"
    r"(?:flew|fly|flies|ran|runs?|swam|swims?|walked|walks?|went|goes|drove|drives?)\s+away"
)
_GIVE = r"gets?|got|found|finds?|bought|buys?|received?|receives|earned|earns?|won|wins?|picked|picks?|adds?|added"
_CHANGE = re.compile(rf"\b(?P<verb>{_TAKE}|{_GIVE})\b", re.I)
_TAKES = re.compile(rf"^(?:{_TAKE})$", re.I)
_LEFT = re.compile(
    r"\bhow\s+(?:many|much)\b.*\b(?:left|remain(?:s|ing)?|now|in\s+all|altogether)\b", re.I
)
_FRACTION_LEFT = re.compile(
    r"\bwhat\s+(?:fraction|part)\s+(?:of\s+(?:the\s+|it\s+)?\w*\s*)?(?:is|are|was|were)\s+"
    r"(?:left|remaining|not\s+eaten)\b",
    re.I,
)
_START = re.compile(
    rf"\b(?:had|has|have|there\s+(?:are|were|is|was)|starts?\s+with|started\s+with|"
    rf"(?:is|was|are|were)\s+(?:cut|divided|split|sliced)\s+into)\s+"
    rf"(?:(?P<groups>\d+)\s+[a-z]+\s+of\s+)?(?P<start>{_NUM})",
    re.I,
)
_TIMES_AS = re.compile(
    rf"\b(?P<n>{_NUM}|twice|half)\s+(?:times\s+)?as\s+(?P<adj>old|many|much|tall|long|heavy|big|far|fast)\s+as\b"
    rf"[^\d]*?\b(?:is|are|has|have|was|weighs|runs|of)\s+(?P<m>{_NUM})\b",
    re.I,
)


def answer(message: str) -> str | None:
    """Time elapsed, an amount after its changes, or a multiple of an amount; else None."""
    text = words_to_digits(message).replace(",", "")
    return (
        elapsed(text)
        or changed(text)
        or times_as(text)
        or out_of_every(text)
        or number_equation(text)
        or in_all(text)
    )


_IN_ALL = re.compile(
    r"\bhow\s+(?:many|much)\s+(?P<u>[a-z]+)\b.*\b(?:in\s+all|altogether|in\s+total|total|combined)\b",
    re.I,
)


def in_all(text: str) -> str | None:
    """Amounts of one thing said one after another ("3 miles on monday, 4 miles on tuesday
    and 5 miles on wednesday"), asked in all: their sum. Every number must be one of them."""
    asked = _IN_ALL.search(text)
    if not asked:
        return None
    unit = re.escape(asked["u"].lower().rstrip("s"))
    said = re.findall(rf"(?<![\d.])(\d+(?:\.\d+)?)\s+{unit}s?\b", text[: asked.start()], re.I)
    if len(said) < 2 or len(said) != len(numbers(text)):
        return None
    values = [sympy.Rational(v) for v in said]
    total = sum(values, sympy.Integer(0))
    return (
        f"In all: **{exact(total)} {asked['u']}**.\n\n"
        f"Add them up: {' + '.join(exact(v) for v in values)} = {exact(total)}."
    )


def elapsed(text: str) -> str | None:
    """The time from the first clock time to the second (past noon or midnight when the
    second reads earlier)."""
    clocks = list(_CLOCK.finditer(text))
    if len(clocks) != 2 or not _HOW_LONG.search(text):
        return None
    start, end = (_minutes(c) for c in clocks)
    if start is None or end is None:
        return None
    half_day = 12 * 60 if not (clocks[0][3] and clocks[1][3]) else 24 * 60
    while end < start:
        end += half_day
    hours, minutes = divmod(end - start, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    parts += [f"{minutes} minute{'s' if minutes != 1 else ''}"] if minutes or not hours else []
    return (
        f"It takes **{' '.join(parts)}** ({end - start} minutes).\n\n"
        f"From {clocks[0][0].strip()} to {clocks[1][0].strip()}: count the whole hours, then the "
        f"minutes left over."
    )


def _minutes(clock: re.Match[str]) -> int | None:
    hour, minute = int(clock[1]), int(clock[2])
    if hour > 23 or minute > 59 or (clock[3] and not 1 <= hour <= 12):
        return None
    if clock[3]:
        hour = hour % 12 + (12 if clock[3].lower() == "p" else 0)
    return hour * 60 + minute


def changed(text: str) -> str | None:
    """A starting amount (or groups of one), then amounts taken away or added: what is left,
    or what fraction of the start is left."""
    start, ask = _START.search(text), _LEFT.search(text) or _FRACTION_LEFT.search(text)
    if not start or not ask or numbers(text[: start.start()]):
        return None  # a number before the start ("bought 14 bars, each had 10 grams")
    total = sympy.Rational(start["start"].lstrip("$"))
    steps = [f"Start: {exact(total)}."]
    if start["groups"]:
        total *= int(start["groups"])
        steps = [f"Start: {start['groups']} × {start['start'].lstrip('$')} = {exact(total)}."]
    story, sign, used = text[start.end() : ask.start()], 0, 0
    # "12 flew away": a number just before its verb belongs to it
    story = re.sub(rf"({_NUM})\s+(?:[a-z]+\s+)?({_TAKE}|{_GIVE})\b", r"\2 \1", story, flags=re.I)
    # "gives half to her brother", "ate 1/3": a part said without "of" is a part of what is there
    story = re.sub(
        rf"\b({_TAKE}|{_GIVE})\s+(?:a\s+|one\s+)?half\b(?!\s+(?:of|as)\b)",
        r"\1 1/2 of",
        story,
        flags=re.I,
    )
    story = re.sub(r"(\d+/\d+|\d+(?:\.\d+)?\s*%)(?!\s*of\b)", r"\1 of", story)
    if UNREAD_PARTS.search(re.sub(_PART_OF, " ", story, flags=re.I)):
        return None  # a part the rules do not read ("a third", "twice"): no number is better
    # "got into an argument": "got" adds only with its amount right after it ("got 5 more")
    story = re.sub(r"\b(?:got|gets?)\b(?!\s+(?:[a-z]+\s+)?\$?\d)", " ", story, flags=re.I)
    money = "$" in start["start"]
    for piece in re.split(rf"(\b(?:{_TAKE}|{_GIVE})\b|{_PART_OF}|{_NUM})", story, flags=re.I):
        if _CHANGE.fullmatch(piece or ""):
            # with money, buying spends it ("has $450 and buys a computer for $400")
            spends = money and re.fullmatch(r"bought|buys?|paid|pays?", piece, re.I)
            sign = -1 if _TAKES.match(piece) or spends else 1
        elif piece and (re.fullmatch(_NUM, piece) or re.fullmatch(_PART_OF, piece, re.I)):
            if not sign or (money and not piece.startswith("$") and "of" not in piece.lower()):
                return None  # a number before any change, or a count in a money story
            amount, shown = _amount(piece, total)
            total += sign * amount
            steps.append(f"{'−' if sign < 0 else '+'} {shown} = {exact(total)}.")
            used += 1
    if not used or len(numbers(text[ask.start() :])) or total < 0:
        return None
    head = f"The answer is **{exact(total)}**."
    if _FRACTION_LEFT.match(ask[0]) and (whole := _value(start)):
        part = total / whole
        head = f"**{part.p}/{part.q}** is left ({exact(total)} out of {exact(whole)})."
    return f"{head}\n\n" + "\n".join(f"{i}. {step}" for i, step in enumerate(steps, 1))


UNREAD_PARTS = re.compile(
    r"/|%|\b(?:half|third|thirds|quarter|quarters|fourth|fifth|twice|double|triple|percent)\b", re.I
)
# "spends 1/4 of it", "sells 3/4 of them", "gave away 20% of the cards": a part of what is there
_PART_OF = r"\d+/\d+\s+of\b|\d+(?:\.\d+)?\s*%\s+of\b"


def _amount(piece: str, total: sympy.Rational) -> tuple[sympy.Rational, str]:
    """The amount a piece of the story names, and how it is shown: a part "of" what is there
    is that part of the running total."""
    if not piece.lower().endswith("of"):
        amount = sympy.Rational(piece.lstrip("$"))
        return amount, exact(amount)
    said = piece[:-2].strip()
    part = sympy.Rational(said.rstrip("% ")) / 100 if "%" in said else sympy.Rational(said)
    return part * total, f"{said} of {exact(total)} ({exact(part * total)})"


def _value(start: re.Match[str]) -> sympy.Rational:
    groups = int(start["groups"]) if start["groups"] else 1
    return groups * sympy.Rational(start["start"].lstrip("$"))


_OTHER_ASKED = re.compile(
    r"\bhow\s+(?:much|many)\s+(?:more|less|fewer)\b|\baverage\b|\bdifference\b|\btogether\b"
    r"|\bin\s+all\b|\baltogether\b|\btotal\b|\bcombined\b",
    re.I,
)


def times_as(text: str) -> str | None:
    """n times as old (many, tall, ...) as something that is m: n × m (a difference, a total
    or an average asked is another question)."""
    match = _TIMES_AS.search(text)
    if not match or _OTHER_ASKED.search(text):
        return None
    if not match or len(numbers(text)) != 1 + (match["n"][0].isdigit()):
        return None
    n = {"twice": sympy.Integer(2), "half": sympy.Rational(1, 2)}.get(match["n"].lower())
    n = n if n is not None else sympy.Rational(match["n"].lstrip("$"))
    m = sympy.Rational(match["m"].lstrip("$"))
    return f"The answer is **{exact(n * m)}**.\n\n{exact(n)} times as {match['adj']} as {exact(m)}: {exact(n)} × {exact(m)} = {exact(n * m)}."


_EVERY = re.compile(r"\b(?P<n>\d+)\s+(?:out\s+of|in)\s+every\s+(?P<m>\d+)\b", re.I)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)


def out_of_every(text: str) -> str | None:
    """n out of every m of a total: total × n/m (the one other number is the total)."""
    match = _EVERY.search(text)
    if not match or not _HOW_MANY.search(text):
        return None
    rest = numbers(text[: match.start()] + " " + text[match.end() :])
    n, m = int(match["n"]), int(match["m"])
    if len(rest) != 1 or m == 0 or n > m:
        return None
    share = rest[0] * n / m
    return (
        f"The answer is **{exact(share)}**.\n\n"
        f"{n} out of every {m} is the fraction {n}/{m} of the whole: "
        f"{exact(rest[0])} × {n}/{m} = {exact(share)}."
    )


# "6 more than twice a number is 20", "a number divided by 5 plus 2 is 9": said in symbols
_GROUP = r"(n|\((?:[^()]|\([^()]*\))*\))"
_NUMBER_WORDS: tuple[tuple[str, str], ...] = (
    (r"\b(?:a|the|some|that|this|my)\s+number\b", "n"),
    (rf"\btwice\s+{_GROUP}", r"(2*\1)"),
    (rf"\bhalf\s+(?:of\s+)?{_GROUP}", r"(\1/2)"),
    (rf"(\d+(?:\.\d+)?)\s+times\s+{_GROUP}", r"(\1*\2)"),
    (rf"\bthe\s+sum\s+of\s+{_GROUP}\s+and\s+(\d+(?:\.\d+)?)", r"(\1+\2)"),
    (rf"(\d+(?:\.\d+)?)\s+more\s+than\s+{_GROUP}", r"(\2+\1)"),
    (rf"(\d+(?:\.\d+)?)\s+less\s+than\s+{_GROUP}", r"(\2-\1)"),
    (rf"{_GROUP}\s+(?:times|multiplied\s+by)\s+(\d+(?:\.\d+)?)", r"(\1*\2)"),
    (rf"{_GROUP}\s+(?:divided\s+by|over)\s+(\d+(?:\.\d+)?)", r"(\1/\2)"),
    (rf"{_GROUP}\s+(?:plus|increased\s+by|and)\s+(\d+(?:\.\d+)?)", r"(\1+\2)"),
    (rf"{_GROUP}\s+(?:minus|decreased\s+by|take\s+away)\s+(\d+(?:\.\d+)?)", r"(\1-\2)"),
)
_ASKS_NUMBER = re.compile(
    r"[,.;]?\s*(?:what\s+is|what's|whats|find|what)\s+(?:the|that|this)?\s*number\s*[?.!]*\s*$",
    re.I,
)
_EQUATION = re.compile(r"^[n\d.+\-*/() ]+=\s*-?\d+(?:\.\d+)?$")


def number_equation(text: str) -> str | None:
    """A number described in words and what it comes to, solved: the words written as an
    equation in n first, every word of it read, or no answer."""
    ask = _ASKS_NUMBER.search(text)
    if not ask:
        return None
    said = re.sub(r"^\s*(?:if|when)\s+", "", text[: ask.start()].strip(), flags=re.I)
    for _ in range(6):  # innermost phrases first, then the phrases around them
        before = said
        for pattern, symbols in _NUMBER_WORDS:
            said = re.sub(pattern, symbols, said, flags=re.I)
        if said == before:
            break
    said = re.sub(r"\s+(?:is|equals|gives|makes|=)\s+(-?\d+(?:\.\d+)?)$", r" = \1", said)
    if not _EQUATION.match(said) or "n" not in said:
        return None
    left, right = said.split("=")
    n = sympy.Symbol("n")
    roots = sympy.solve(sympy.Eq(sympy.sympify(left, rational=True), sympy.Rational(right)), n)
    if len(roots) != 1:
        return None
    shown = sympy.latex(sympy.sympify(left, rational=True, evaluate=False))
    return (
        f"The number is **{exact(roots[0])}**.\n\n"
        f"Call the number $n$: the words say ${shown} = {right.strip()}$, so $n = {exact(roots[0])}$ "
        f"(check: put {exact(roots[0])} back in)."
    )
