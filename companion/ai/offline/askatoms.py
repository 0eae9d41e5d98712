"""The particles of an atom ("how many protons in carbon", "electrons in a neutral sodium
atom", "neutrons in carbon-14", "atomic number of iron"): protons are the atomic number, a
neutral atom has as many electrons as protons, and neutrons are the mass number minus the
atomic number. Without a mass number the neutrons are given only when the atomic mass is
close to a whole number (carbon 12.011 is nearly all carbon-12); otherwise the rule is
explained and no number is guessed. An ion's electrons depend on its charge, so an ion with
no charge written gets no number either."""

from __future__ import annotations

import re

from companion.ai.offline.askchem import atomic_mass

# element name -> (symbol, atomic number)
_ELEMENTS = {
    "hydrogen": ("H", 1), "helium": ("He", 2), "lithium": ("Li", 3), "beryllium": ("Be", 4),
    "boron": ("B", 5), "carbon": ("C", 6), "nitrogen": ("N", 7), "oxygen": ("O", 8),
    "fluorine": ("F", 9), "neon": ("Ne", 10), "sodium": ("Na", 11), "magnesium": ("Mg", 12),
    "aluminum": ("Al", 13), "aluminium": ("Al", 13), "silicon": ("Si", 14),
    "phosphorus": ("P", 15), "sulfur": ("S", 16), "sulphur": ("S", 16), "chlorine": ("Cl", 17),
    "argon": ("Ar", 18), "potassium": ("K", 19), "calcium": ("Ca", 20), "scandium": ("Sc", 21),
    "titanium": ("Ti", 22), "vanadium": ("V", 23), "chromium": ("Cr", 24),
    "manganese": ("Mn", 25), "iron": ("Fe", 26), "cobalt": ("Co", 27), "nickel": ("Ni", 28),
    "copper": ("Cu", 29), "zinc": ("Zn", 30), "gallium": ("Ga", 31), "germanium": ("Ge", 32),
    "arsenic": ("As", 33), "selenium": ("Se", 34), "bromine": ("Br", 35), "krypton": ("Kr", 36),
    "silver": ("Ag", 47), "tin": ("Sn", 50), "iodine": ("I", 53), "xenon": ("Xe", 54),
    "barium": ("Ba", 56), "platinum": ("Pt", 78), "gold": ("Au", 79), "mercury": ("Hg", 80),
    "lead": ("Pb", 82), "radon": ("Rn", 86), "uranium": ("U", 92),
}  # fmt: skip
_NAME = "|".join(sorted(_ELEMENTS, key=len, reverse=True))
_ELEMENT = rf"(?P<e>{_NAME})(?:\s*-\s*|\s+)?(?P<a>\d{{1,3}})?(?!\w)(?P<ion>\s+ions?\b)?"
_PARTICLE = r"(?P<p>protons?|electrons?|neutrons?|atomic\s+number)"
_ASKED = (
    # "how many protons in carbon", "number of neutrons does carbon-14 have", "atomic number of iron"
    re.compile(
        rf"\b{_PARTICLE}\s+(?:are\s+|is\s+|does\s+|do\s+)?(?:there\s+)?(?:in|of|for|does|do)\s+"
        rf"(?:an?\s+|the\s+)?(?:neutral\s+)?(?:atom\s+of\s+)?{_ELEMENT}",
        re.I,
    ),
    # "how many protons does oxygen have" said with the element after the verb, or
    # "carbon has how many protons"
    re.compile(
        rf"\b(?:an?\s+|the\s+)?(?:neutral\s+)?{_ELEMENT}(?:\s+atoms?)?\s+(?:has|have)\s+how\s+many\s+"
        rf"{_PARTICLE}",
        re.I,
    ),
)


def answer(message: str) -> str | None:
    """The number of protons, electrons or neutrons (or the atomic number) asked; else None."""
    match = next((m for p in _ASKED if (m := p.search(message))), None)
    if match is None:
        return None
    name = match["e"].lower()
    symbol, z = _ELEMENTS[name]
    asked = match["p"].lower()
    title = name.capitalize()
    if asked.startswith("atomic"):
        return f"The atomic number of {name} ({symbol}) is **{z}**: it has {z} protons."
    if asked.startswith("proton"):
        return (
            f"{title} ({symbol}) has **{z} protons**.\n\nThe number of protons is the atomic"
            f" number, and {name}'s atomic number is {z}: every {name} atom has {z} protons."
        )
    if asked.startswith("electron"):
        if match["ion"]:
            return None  # an ion's electrons depend on its charge
        return (
            f"A neutral {name} atom has **{z} electrons**.\n\nIn a neutral atom the electrons"
            f" balance the protons, and {name} has {z} protons (its atomic number)."
        )
    return _neutrons(name, symbol, z, int(match["a"]) if match["a"] else None)


def _neutrons(name: str, symbol: str, z: int, mass_number: int | None) -> str:
    rule = "Neutrons = mass number − atomic number"
    if mass_number is None:
        mass = atomic_mass(symbol)
        if mass is None or abs(mass - round(mass)) > 0.2:
            return (
                f"{rule}, and {name}'s atomic number is {z}. Its isotopes have different mass"
                f" numbers, so tell me which one (like {name}-{round(mass or 2 * z)}) and I'll"
                " work it out."
            )
        mass_number = round(mass)
        said = f"{name.capitalize()} (its most common isotope, {name}-{mass_number})"
    else:
        said = f"{name.capitalize()}-{mass_number}"
    neutrons = mass_number - z
    if neutrons < 0:
        return f"{name.capitalize()}-{mass_number} can't exist: {name} has {z} protons, more than its mass number."
    return (
        f"{said} has **{neutrons} neutrons**.\n\n{rule}: {mass_number} − {z} = {neutrons}"
        f" ({name} has {z} protons)."
    )
