"""Whole-number questions: LCM and GCF, prime or not, prime factorization, simplest ratio."""

from __future__ import annotations

import math
import re
from functools import reduce

import sympy

from companion.ai.offline.askformat import words_to_digits

_INT = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)"
_LIST = rf"((?:{_INT})(?:(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)\s*|\s+)(?:{_INT}))+)"
_LCM = re.compile(
    r"\b(?:least|lowest|smallest)\s+common\s+(?:multiple|denominator)\b|\blcm\b|\blcd\b", re.I
)
_GCF = re.compile(
    r"\b(?:greatest|highest|largest|biggest)\s+common\s+(?:factor|divisor)\b|\bgc[fd]\b|\bhcf\b",
    re.I,
)
_PRIME_TEST = re.compile(
    rf"\bis\s+({_INT})\s+(?:an?\s+)?(?:prime|composite)(?:\s+(?:number\s+)?or\s+(?:a\s+)?(?:prime|composite))?\b|\b({_INT})\s+(?:is\s+)?(?:a\s+)?prime\s*\?"
    rf"|\bprime\s+or\s+(?:not|composite)\b.*?({_INT})|\b({_INT})\b.*?\bprime\s+or\s+(?:not|composite)",
    re.I,
)
_FACTORIZE = re.compile(
    rf"\bprime\s+factori[sz](?:ation|e)\s+(?:of\s+)?({_INT})|\bprime\s+factors\s+of\s+({_INT})"
    rf"|\b(?:factori[sz]e|factor|break\s+down)\s+({_INT})(?:\s+into\s+(?:its\s+)?primes?)?\s*[?.!]*$"
    rf"|\b({_INT})\s+(?:as\s+a\s+product\s+of|into)\s+primes?\b",
    re.I,
)
_FACTORS = re.compile(rf"\b(?:all\s+(?:the\s+)?)?factors\s+of\s+({_INT})\s*[?.!]*$", re.I)
_RATIO = re.compile(
    rf"\b(?:simplify|reduce|simplest\s+form\s+of|lowest\s+terms)\b.*?\b({_INT}(?:\s*:\s*{_INT})+)\b"
    rf"|\bratio\s+(?:of\s+)?({_INT})\s+to\s+({_INT})\b",
    re.I,
)
_MAX = 10**15


def _ints(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(_INT, text)]


def answer(message: str) -> str | None:
    """LCM, GCF, prime test, factorization or a simplified ratio; else None."""
    text = words_to_digits(message)
    if _GCF.search(text) and _LCM.search(text):  # "the gcf and lcm of 8 and 12": both
        factor, multiple = common_factor(text), common_multiple(text)
        return f"{factor}\n\n{multiple}" if factor and multiple else None
    for handler in (common_multiple, common_factor, factorization, prime_test, factor_list, ratio):
        if reply := handler(text):
            return reply
    return None


def _listed(text: str, start: int) -> list[int] | None:
    """The list of whole numbers after the words that asked the question."""
    match = re.search(_LIST, text[start:])
    if match:
        return _ints(match[1])
    match = re.search(rf"\(\s*({_INT}(?:\s*,\s*{_INT})+)\s*\)", text[start:])
    return _ints(match[1]) if match else None


def common_multiple(text: str) -> str | None:
    """The least common multiple, built from each number's prime factors."""
    found = _LCM.search(text)
    values = _listed(text, found.start()) if found else None
    fractions = re.findall(r"\d+\s*/\s*(\d+)", text[found.end() :]) if found else []
    if len(fractions) >= 2:  # the common denominator of 1/4 and 1/6 is the LCM of 4 and 6
        values = [int(q) for q in fractions]
    if not values or len(values) < 2 or 0 in values or max(values) > _MAX:
        return None
    lcm = reduce(math.lcm, values)
    listed = _and(values)
    lines = [f"The least common multiple of {listed} is **{lcm}**."]
    lines.append("\n".join(f"- ${n} = {_factor_tex(n)}$" for n in values))
    highest = sympy.factorint(lcm)
    lines.append(
        "Take each prime the highest number of times it appears in any one number: "
        f"${_factor_tex(lcm)} = {lcm}$."
        if len(highest) > 0 and lcm > 1
        else ""
    )
    lines.append("Check: " + ", ".join(f"{lcm} ÷ {n} = {lcm // n}" for n in values) + ".")
    return "\n\n".join(line for line in lines if line)


def common_factor(text: str) -> str | None:
    """The greatest common factor, from the prime factors every number shares."""
    found = _GCF.search(text)
    values = _listed(text, found.start()) if found else None
    if not values or len(values) < 2 or max(values) > _MAX or not any(values):
        return None
    gcf = reduce(math.gcd, values)
    lines = [f"The greatest common factor of {_and(values)} is **{gcf}**."]
    lines.append("\n".join(f"- ${n} = {_factor_tex(n)}$" for n in values if n))
    shared = _factor_tex(gcf) if gcf > 1 else "1"
    lines.append(
        f"The primes they all share, multiplied: ${shared} = {gcf}$."
        if gcf > 1
        else "They share no prime factor, so the greatest common factor is 1."
    )
    lines.append("Check: " + ", ".join(f"{n} ÷ {gcf} = {n // gcf}" for n in values) + ".")
    return "\n\n".join(lines)


def prime_test(text: str) -> str | None:
    """Prime, composite or neither, answering the word the question asked about, with the
    smallest divisor when the number is composite."""
    match = _PRIME_TEST.search(text)
    if not match:
        return None
    n = int(next(g for g in match.groups() if g).replace(",", ""))
    if n > _MAX:
        return None
    asked = match[0].lower()
    either = "prime" in asked and "composite" in asked
    word = "composite" if "composite" in asked and not either else "prime"
    if n < 2:
        has = "only one factor, itself" if n == 1 else "every whole number as a factor"
        lead = "" if either else f"No, **{n} is not {word}**: "
        return (
            f"{lead}**{n} is neither prime nor composite**. A prime has exactly"
            " two factors (1 and itself) and a composite number has more than two, and both words"
            f" are only used for whole numbers greater than 1. {n} has {has}."
        )
    prime = bool(sympy.isprime(n))
    kind = "prime" if prime else "composite"
    said = f"**{n} is {kind}**"
    if not either and prime == (word == "prime"):
        said = f"Yes, {said}"
    elif not either:
        said = f"No, **{n} is not {word}**, it is {kind}"
    if prime:
        limit = math.isqrt(n)
        return (
            f"{said}: its only factors are 1 and {n}.\n\n"
            f"Check: no whole number from 2 up to $\\sqrt{{{n}}} \\approx {math.sqrt(n):.2f}$ "
            f"divides it (it is enough to try the primes up to {limit})."
        )
    smallest = min(sympy.factorint(n))
    return (
        f"{said}: ${n} = {smallest} \\times {n // smallest}$, so it has factors other than 1"
        f" and itself.\n\nIts prime factorization is ${_factor_tex(n)}$."
    )


def factorization(text: str) -> str | None:
    """A number as a product of primes, by dividing out the smallest prime each time."""
    match = _FACTORIZE.search(text)
    if not match:
        return None
    n = int(next(g for g in match.groups() if g).replace(",", ""))
    if n < 2 or n > _MAX:
        return None
    if sympy.isprime(n):
        return f"{n} is prime, so its prime factorization is just **{n}**."
    steps, rest = [], n
    for p, k in sympy.factorint(n).items():
        for _ in range(k):
            steps.append(f"{rest} ÷ {p} = {rest // p}")
            rest //= p
    return "\n\n".join(
        [
            f"The prime factorization of {n} is **${_factor_tex(n)}$**.",
            "Divide by the smallest prime that fits, again and again:\n"
            + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)),
        ]
    )


def factor_list(text: str) -> str | None:
    """Every factor of a whole number, found in pairs."""
    match = _FACTORS.search(text)
    if not match or "prime" in text.lower():
        return None
    n = int(match[1].replace(",", ""))
    if n < 1 or n > 10**9:
        return None
    divisors = sympy.divisors(n)
    pairs = [f"{d} × {n // d}" for d in divisors if d * d <= n]
    return (
        f"The factors of {n} are **{', '.join(map(str, divisors))}**.\n\n"
        f"They come in pairs that multiply to {n}: {', '.join(pairs)}."
    )


def ratio(text: str) -> str | None:
    """A ratio in simplest form: divide every part by their greatest common factor."""
    match = _RATIO.search(text)
    if not match:
        return None
    parts = _ints(match[1]) if match[1] else _ints(f"{match[2]} {match[3]}")
    if len(parts) < 2 or not all(parts):
        return None
    g = reduce(math.gcd, parts)
    before, after = ":".join(map(str, parts)), ":".join(str(p // g) for p in parts)
    if g == 1:
        return f"The ratio {before} is already in simplest form: its parts share no factor but 1."
    return (
        f"{before} simplifies to **{after}**.\n\n"
        f"1. The greatest common factor of {_and(parts)} is {g}.\n\n"
        f"2. Divide every part by {g}: " + ", ".join(f"{p} ÷ {g} = {p // g}" for p in parts) + "."
    )


def _factor_tex(n: int) -> str:
    if n < 2:
        return str(n)
    return " \\times ".join(
        f"{p}^{{{k}}}" if k > 1 else str(p) for p, k in sorted(sympy.factorint(n).items())
    )


def _and(values: list[int]) -> str:
    shown = [str(v) for v in values]
    return ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]
