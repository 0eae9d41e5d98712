"""Prime numbers listed or counted: the next prime after a number, the nth prime, and the
primes below a number or between two (sympy's prime functions; whether one number is prime
is askfactors')."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits

_MAX = 10_000  # lists and counts stay short enough to read
_NEXT = re.compile(
    r"\b(?:next|first|smallest)\s+prime(?:\s+number)?\s+"
    r"(?:after|above|bigger\s+than|greater\s+than|over)\s+(?P<n>\d+)",
    re.I,
)
# "the 5th prime number", but not "the 2nd prime factor of 30"
_NTH = re.compile(
    r"\b(?:the\s+)?(?P<n>\d+)(?P<th>st|nd|rd|th)\s+prime(?:\s+number)?\b(?!\s+factor)", re.I
)
_BELOW = re.compile(
    r"\bprimes?(?:\s+numbers?)?\s+(?P<up>less\s+than|under|below|up\s+to|smaller\s+than)\s+"
    r"(?P<n>\d+)",
    re.I,
)
_BETWEEN = re.compile(r"\bprimes?(?:\s+numbers?)?\s+between\s+(?P<a>\d+)\s+and\s+(?P<b>\d+)", re.I)


def answer(message: str) -> str | None:
    """The prime or primes asked for, with what makes them prime; else None."""
    text = words_to_digits(message)
    if (match := _NEXT.search(text)) and int(match["n"]) < _MAX:
        return _next_prime(int(match["n"]))
    if (match := _NTH.search(text)) and 1 <= int(match["n"]) <= _MAX:
        n = int(match["n"])
        first = ", ".join(str(p) for p in sympy.primerange(2, sympy.prime(min(n, 10)) + 1))
        return (
            f"The {match['n']}{match['th'].lower()} prime is"
            f" **{sympy.prime(n)}**.\n\nThe primes start {first}{', …' if n > 10 else ''}"
            " (1 is not prime)."
        )
    if match := _BETWEEN.search(text):
        return _listed(int(match["a"]), int(match["b"]), f"between {match['a']} and {match['b']}")
    if match := _BELOW.search(text):
        high = int(match["n"]) + (1 if match["up"].lower().startswith("up") else 0)
        up = " ".join(match["up"].lower().split())
        return _listed(2, high, f"{up} {match['n']}")
    return None


def _next_prime(n: int) -> str:
    found = sympy.nextprime(n)
    between = ", ".join(str(k) for k in range(n + 1, found))
    skipped = f"{between} each have a factor other than 1 and themselves; " if between else ""
    return (
        f"The next prime after {n} is **{found}**.\n\nCheck the numbers after {n} in turn:"
        f" {skipped}{found} has no factors but 1 and itself."
    )


def _listed(low: int, high: int, where: str) -> str | None:
    """The primes from low up to (not including) high."""
    if high - low > 200:
        return None
    primes = [str(p) for p in sympy.primerange(low + 1 if "between" in where else low, high)]
    if not primes:
        return f"There are **no primes** {where}."
    return f"The primes {where} are **{', '.join(primes)}** ({len(primes)} of them)."
