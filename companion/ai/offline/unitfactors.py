"""The units the conversions know: each unit's kind and its exact size in the kind's base
unit, the other names a unit goes by, and the temperature scales (which convert by formula,
not by a factor).

A month is a twelfth of a year here, which is exact against years and decades only: months
run 28 to 31 days, so a month against a day or a week (or anything shorter) gets no number."""

from __future__ import annotations

import sympy

R = sympy.Rational
# unit -> (dimension, size in the dimension's base unit: second, metre, gram, litre)
UNITS: dict[str, tuple[str, sympy.Rational]] = {
    "millisecond": ("time", R(1, 1000)), "second": ("time", R(1)), "minute": ("time", R(60)),
    "hour": ("time", R(3600)), "day": ("time", R(86400)), "week": ("time", R(604800)),
    "year": ("time", R(31536000)), "month": ("time", R(31536000, 12)),
    "decade": ("time", R(315360000)), "millimeter": ("length", R(1, 1000)),
    "centimeter": ("length", R(1, 100)), "meter": ("length", R(1)), "kilometer": ("length", R(1000)),
    "inch": ("length", R(254, 10000)), "foot": ("length", R(3048, 10000)),
    "yard": ("length", R(9144, 10000)), "mile": ("length", R(1609344, 1000)),
    "milligram": ("mass", R(1, 1000)), "gram": ("mass", R(1)), "kilogram": ("mass", R(1000)),
    "tonne": ("mass", R(1000000)), "ounce": ("mass", R(45359237, 16 * 100000)),
    "pound": ("mass", R(45359237, 100000)), "ton": ("mass", R(45359237 * 2000, 100000)),
    "milliliter": ("volume", R(1, 1000)), "centiliter": ("volume", R(1, 100)),
    "liter": ("volume", R(1)), "gallon": ("volume", R(3785411784, 10**9)),
    "quart": ("volume", R(3785411784, 4 * 10**9)), "pint": ("volume", R(3785411784, 8 * 10**9)),
    "cup": ("volume", R(3785411784, 16 * 10**9)),
    "fluid ounce": ("volume", R(3785411784, 128 * 10**9)),
    "tablespoon": ("volume", R(3785411784, 256 * 10**9)),
    "teaspoon": ("volume", R(3785411784, 768 * 10**9)),
    "dollar": ("money", R(1)), "cent": ("money", R(1, 100)), "penny": ("money", R(1, 100)),
    "nickel": ("money", R(1, 20)), "dime": ("money", R(1, 10)), "quarter": ("money", R(1, 4)),
}  # fmt: skip
ALIASES = {
    "ms": "millisecond", "sec": "second", "secs": "second", "s": "second", "min": "minute",
    "mins": "minute", "hr": "hour", "hrs": "hour", "h": "hour", "wk": "week", "yr": "year",
    "mm": "millimeter", "cm": "centimeter", "m": "meter", "km": "kilometer", "in": "inch",
    "inches": "inch", "ft": "foot", "feet": "foot", "yd": "yard", "mi": "mile", "mg": "milligram",
    "g": "gram", "kg": "kilogram", "oz": "ounce", "lb": "pound", "lbs": "pound", "ml": "milliliter",
    "cl": "centiliter", "l": "liter", "gal": "gallon", "qt": "quart", "pt": "pint",
    "fl oz": "fluid ounce", "tbsp": "tablespoon", "tsp": "teaspoon", "metric ton": "tonne",
    "c": "celsius", "f": "fahrenheit", "k": "kelvin", "°c": "celsius", "°f": "fahrenheit",
    "pennies": "penny", "bucks": "dollar", "buck": "dollar",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "centigrade": "celsius",
    "degrees c": "celsius", "degrees f": "fahrenheit", "deg c": "celsius", "deg f": "fahrenheit",
}  # fmt: skip
TEMPERATURES = ("celsius", "fahrenheit", "kelvin")


def calendar_note(units: list[str]) -> str | None:
    """Why a month against a day or a week has no one answer (months run 28 to 31 days)."""
    times = {u for u in units if UNITS.get(u, ("",))[0] == "time"}
    if "month" not in times or times <= {"month", "year", "decade"}:
        return None
    return (
        "A month is not a fixed length: months have 28, 29, 30 or 31 days, so months don't "
        "convert to days or weeks by one factor. Count the days of the actual months (a "
        "calendar helps), or, for an estimate, use 1 month ≈ 30 days (about 4 weeks and 2 "
        "days). Against years it is exact: 1 year = 12 months."
    )
