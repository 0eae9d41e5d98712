"""How a sentence's words are read before the knowledge base's phrases are matched: a word
used in another sense than the knowledge base's is kept apart ("in order to find" is no
ordering, "100 MB of data" no data set), and a phrasal verb is read whole around its pronoun
("factor it out" is "factor out")."""

from __future__ import annotations

from companion.ai.offline.chatidioms import everyday_sense

_ORDINALS = frozenset({"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"})
_FUNCTION_WORDS = frozenset(
    {"function", "domain", "f", "g", "inverse", "arcsin", "arccos", "arctan"}
)
_COUNTS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_OWNERS = frozenset({"the", "his", "her", "their", "its", "my", "your", "our"})
_OBJECTS = frozenset({"it", "them", "this", "that", "these", "those"})
_ARTICLES = frozenset({"a", "an", "the", "one"})
_WHOLES = frozenset({"whole", "number", "set", "group", "shape", "region", "circle", "unit"})
_PARTICLES = frozenset({"out", "up", "down", "over", "off", "back", "around"})
_LINES = frozenset({"line", "lines"})
_GIVING = frozenset({"get", "give", "receive", "got", "gave", "return", "keep", "need", "count"})
_EQUATION = frozenset({"equation", "equal", "equals", "sign"})
_MODALS = frozenset(
    {"to", "will", "would", "should", "shouldnt", "can", "could", "must", "might", "may", "wont"}
)
_MANNERS = frozenset({"right", "wrong", "same", "similar"})
_VIEWS = frozenset({"story", "argument", "debate", "family", "road", "street", "bed"})
_BYTES = frozenset({"kb", "mb", "gb", "tb", "kilobyte", "megabyte", "gigabyte", "terabyte"})


def other_senses(tokens: list[str]) -> list[str]:
    """Words used in another sense than the knowledge base's, kept apart so no phrase matches
    them: a place in a row ("the third bid", "her fourth try": after "the" or an owner, but
    not "the third angle" of a triangle) is not the fraction "a third"; "in order to find" is a purpose, not putting numbers in order;
    "7 groups of 3" are equal groups to multiply, not "how many groups of 3" to divide into;
    "change your answer" or "should the part change now?" pays out no money and "the right side
    of the equation" is no shape's side ("both sides" is the equation's own term); "you can't have a fraction of a box" (of a thing,
    not of a number or a whole) is a bit of it, no fraction to work with; "on the right lines"
    and "along the lines of" are a way of thinking, no line drawn; "a quarter of them" is a fourth
    of them, no coin; the range of a function or beside its domain is no spread
    of data; "100 MB of data" is a download, no data set; small talk's words ("turn up the
    volume", "back to square one") are read as in `chatidioms`."""
    return [
        "fourth"
        if t == "quarter" and _part_of(tokens, i)
        else f"{t}#"
        if (t in _ORDINALS and i and tokens[i - 1] in _OWNERS and not _figure_part(tokens, i))
        or (t == "fraction" and _a_bit_of(tokens, i))
        or (t == "order" and i and tokens[i - 1] == "in" and tokens[i + 1 : i + 2] == ["to"])
        or (t == "group" and i and tokens[i - 1].isdigit())
        or (t == "change" and _changing(tokens, i))
        or (
            t == "side" and tokens[i - 1 : i] != ["both"] and _EQUATION & set(tokens[i + 1 : i + 4])
        )
        or (t in _LINES and _line_of_thought(tokens, i))
        or (t == "side" and _side_of_a_story(tokens, i))
        or (t == "range" and bool(_FUNCTION_WORDS & set(tokens)))
        or (t == "data" and bool(_BYTES & set(tokens[max(0, i - 2) : i])))
        or everyday_sense(tokens, i)
        else t
        for i, t in enumerate(tokens)
    ]


def _figure_part(tokens: list[str], i: int) -> bool:
    """ "the third angle", "the third side": the one part of a triangle left to find."""
    return tokens[i + 1 : i + 2] in (["angle"], ["side"])


def _part_of(tokens: list[str], i: int) -> bool:
    """ "a quarter of", "three quarters of", "1 quarter of": a part of something."""
    if not i or tokens[i + 1 : i + 2] != ["of"]:
        return False
    before = tokens[i - 1]
    return before in _COUNTS or before.isdigit()


def _changing(tokens: list[str], i: int) -> bool:
    """ "change" as a verb: before what changes ("change your answer") or after a modal or
    "to" ("should the 1/3 part change now?", "it will change"), not the money given back."""
    after = tokens[i + 1 : i + 2]
    before = tokens[max(0, i - 4) : i]
    if after and after[0] in _OWNERS | _OBJECTS | {"now"}:
        return True
    given = bool(before) and before[-1] in _GIVING | _ARTICLES | _OWNERS  # "get change"
    return not given and bool(_MODALS & set(before))


def _side_of_a_story(tokens: list[str], i: int) -> bool:
    """ "a side of the story", "his side of the argument": a point of view, no figure's side."""
    if tokens[i + 1 : i + 2] != ["of"]:
        return False
    rest = tokens[i + 2 : i + 4]
    thing = rest[1:] if rest[:1] and rest[0] in _OWNERS | _ARTICLES else rest[:1]
    return bool(thing) and thing[0] in _VIEWS


def _line_of_thought(tokens: list[str], i: int) -> bool:
    """ "on the right lines", "along the same lines", "along the lines of", "let's line up our
    work": an idiom (not "line up the decimal points", lining digits up by place)."""
    before = tokens[max(0, i - 2) : i]
    if tokens[i + 1 : i + 2] == ["up"]:
        return not {"decimal", "decimals", "point", "points", "digit", "digits"} & set(tokens[i:])
    return bool(before) and (before[-1] in _MANNERS or "along" in before)


def _a_bit_of(tokens: list[str], i: int) -> bool:
    """ "a fraction of a box", "a fraction of the cost": not "a fraction of 20" or "of a whole"."""
    if not (i and tokens[i - 1] == "a" and tokens[i + 1 : i + 2] == ["of"]):
        return False
    rest = tokens[i + 2 : i + 4]
    thing = rest[1:] if rest[:1] and rest[0] in _ARTICLES else rest[:1]
    return bool(thing) and not thing[0][:1].isdigit() and thing[0] not in _WHOLES


def joined_particles(tokens: list[str]) -> list[str]:
    """A phrasal verb read whole around its pronoun: "factor it out" is "factor out",
    "round them up" is "round up"."""
    return [
        t
        for i, t in enumerate(tokens)
        if not (t in _OBJECTS and 0 < i < len(tokens) - 1 and tokens[i + 1] in _PARTICLES)
    ]
