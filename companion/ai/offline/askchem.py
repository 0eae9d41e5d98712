"""Chemistry counting with molar mass: the molar mass of a formula ("molar mass of NaCl"), and
grams to moles and back ("how many moles in 36 g of water", "grams in 0.5 mol of co2").

A formula is read element by element; typed in lower case ("co2", "nacl") a one-letter
element is tried before a two-letter one, so "co" is carbon monoxide, not cobalt. Atomic
masses are the standard values in g/mol; results keep three significant figures.
"""

from __future__ import annotations

import math
import re

_MASSES = {
    "H": 1.008, "He": 4.003, "Li": 6.94, "Be": 9.012, "B": 10.81, "C": 12.011, "N": 14.007,
    "O": 15.999, "F": 18.998, "Ne": 20.180, "Na": 22.990, "Mg": 24.305, "Al": 26.982,
    "Si": 28.085, "P": 30.974, "S": 32.06, "Cl": 35.45, "Ar": 39.948, "K": 39.098,
    "Ca": 40.078, "Cr": 51.996, "Mn": 54.938, "Fe": 55.845, "Co": 58.933, "Ni": 58.693,
    "Cu": 63.546, "Zn": 65.38, "Br": 79.904, "Ag": 107.868, "Sn": 118.71, "I": 126.904,
    "Ba": 137.327, "Au": 196.967, "Hg": 200.59, "Pb": 207.2,
}  # fmt: skip
_NAMES = {
    "water": "H2O", "carbon dioxide": "CO2", "carbon monoxide": "CO", "table salt": "NaCl",
    "salt": "NaCl", "sodium chloride": "NaCl", "glucose": "C6H12O6", "sugar": "C12H22O11",
    "sucrose": "C12H22O11", "ammonia": "NH3", "methane": "CH4", "oxygen": "O2",
    "oxygen gas": "O2", "hydrogen": "H2", "hydrogen gas": "H2", "nitrogen": "N2",
    "nitrogen gas": "N2", "chlorine gas": "Cl2", "sulfuric acid": "H2SO4",
    "hydrochloric acid": "HCl", "nitric acid": "HNO3", "calcium carbonate": "CaCO3",
    "sodium hydroxide": "NaOH", "ethanol": "C2H5OH", "propane": "C3H8", "butane": "C4H10",
    "hydrogen peroxide": "H2O2", "baking soda": "NaHCO3", "sodium bicarbonate": "NaHCO3",
    "potassium chloride": "KCl", "magnesium oxide": "MgO", "iron oxide": "Fe2O3",
    "rust": "Fe2O3", "calcium chloride": "CaCl2", "potassium hydroxide": "KOH",
}  # fmt: skip
_KNOWN = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_SUBSTANCE, _SUBSTANCE2 = (rf"(?P<{g}>{_KNOWN}|[A-Za-z][A-Za-z0-9()]*)" for g in ("s", "s2"))
_NUMBER, _NUMBER2 = (rf"(?P<{g}>\d+(?:\.\d+)?)" for g in ("n", "n2"))
_GRAMS = r"(?:g|grams?)"
_MOLES = r"(?:mol|moles?)"
_MOLAR_MASS = re.compile(
    rf"\b(?:molar\s+mass|molecular\s+(?:mass|weight)|formula\s+mass|gram\s+formula\s+mass)\s+"
    rf"(?:of\s+)?(?:an?\s+)?{_SUBSTANCE}\b",
    re.I,
)
_TO_MOLES = re.compile(
    rf"\b(?:moles?|mol)\b.*?\b{_NUMBER}\s*{_GRAMS}\s+(?:of\s+)?{_SUBSTANCE}\b"
    rf"|\b{_NUMBER2}\s*{_GRAMS}\s+(?:of\s+)?{_SUBSTANCE2}\s+(?:to|in|into|is\s+how\s+many)\s+(?:moles?|mol)\b",
    re.I,
)
_TO_GRAMS = re.compile(
    rf"\b(?:grams?|mass)\b.*?\b{_NUMBER}\s*{_MOLES}\s+(?:of\s+)?{_SUBSTANCE}\b"
    rf"|\b{_NUMBER2}\s*{_MOLES}\s+(?:of\s+)?{_SUBSTANCE2}\s+(?:to|in|into|is\s+how\s+many)\s+(?:grams?|g)\b",
    re.I,
)


# "ph if [H+] = 0.001", "ph of a solution with hydrogen ion concentration 1 x 10^-4 M"
_PH = re.compile(
    r"\bph\b(?=.*?\b(?:h\+|h3o\+|hydrogen\s+ions?|hydronium)).*?"
    r"(?P<c>\d+(?:\.\d+)?(?:\s*(?:x|×|\*)\s*10\s*\^\s*\(?-\d+\)?|e-\d+)?)\s*(?:m|mol/l|molar)?\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The molar mass, the grams-moles conversion, or the pH asked for; else None."""
    if reply := _ph(message):
        return reply
    if match := _TO_MOLES.search(message):
        return _moles(match)
    if match := _TO_GRAMS.search(message):
        return _grams(match)
    if match := _MOLAR_MASS.search(message):
        return _molar_mass(match)
    return None


def _pairs(match: re.Match[str]) -> tuple[str, str, dict[str, int], float] | None:
    """The amount, the formula, its atoms and molar mass, from a match with n and s groups."""
    groups = match.groupdict()
    said = next((v for k, v in groups.items() if k.startswith("s") and v), None)
    amount = next((v for k, v in groups.items() if k.startswith("n") and v), None)
    if not said:
        return None
    formula = _NAMES.get(said.lower(), said)
    atoms = _atoms(formula)
    if not atoms:
        return None
    shown = formula if formula != formula.lower() else _written(atoms)  # "Ca(OH)2" as typed
    return amount or "0", shown, atoms, _mass(atoms)


def _molar_mass(match: re.Match[str]) -> str | None:
    read = _pairs(match)
    if read is None:
        return None
    _, formula, atoms, mass = read
    parts = " + ".join(
        f"{n} × {_MASSES[e]}" if n > 1 else f"{_MASSES[e]}" for e, n in atoms.items()
    )
    return (
        f"The molar mass of {formula} is **{mass:.2f} g/mol**.\n\n"
        f"Add the atomic masses of its atoms: {parts} = {mass:.2f} g/mol."
    )


def _moles(match: re.Match[str]) -> str | None:
    read = _pairs(match)
    if read is None:
        return None
    grams, formula, _, mass = read
    moles = float(grams) / mass
    return (
        f"{grams} g of {formula} is **{_sig(moles)} mol**.\n\n"
        f"Divide the mass by the molar mass: {grams} g ÷ {mass:.2f} g/mol = {_sig(moles)} mol."
    )


def _grams(match: re.Match[str]) -> str | None:
    read = _pairs(match)
    if read is None:
        return None
    moles, formula, _, mass = read
    grams = float(moles) * mass
    return (
        f"{moles} mol of {formula} is **{_sig(grams)} g**.\n\n"
        f"Multiply the moles by the molar mass: {moles} mol × {mass:.2f} g/mol = {_sig(grams)} g."
    )


def _ph(message: str) -> str | None:
    match = _PH.search(message.replace("[", " ").replace("]", " "))
    if not match:
        return None
    said = re.sub(r"\s*(?:x|×|\*)\s*10\s*\^\s*\(?(-\d+)\)?", r"e\1", match["c"], flags=re.I)
    concentration = float(said)
    if not 0 < concentration <= 10:
        return None
    ph = -math.log10(concentration)
    return (
        f"The pH is **{ph:.2f}**.\n\n"
        f"pH = −log[H⁺] = −log({match['c']}) = {ph:.2f}; below 7 is acidic, above 7 basic."
    )


def _sig(value: float) -> str:
    """Three significant figures, as a measured quantity is reported ("2.00", "0.500", "58.4")."""
    if value == int(value) and abs(value) >= 100:
        return str(int(value))
    digits = max(0, 2 - int(f"{abs(value):e}".split("e")[1]))
    return f"{value:.{digits}f}"


def _atoms(formula: str) -> dict[str, int] | None:
    """Element -> count for a formula like "Ca(OH)2"; None when it isn't one."""
    tokens = _tokens(formula) if formula == formula.lower() else _cased(formula)
    if tokens is None:
        return None
    counts: list[dict[str, int]] = [{}]
    for token, number in tokens:
        if token == "(":
            counts.append({})
        elif token == ")":
            if len(counts) == 1:
                return None
            group = counts.pop()
            for e, n in group.items():
                counts[-1][e] = counts[-1].get(e, 0) + n * number
        else:
            counts[-1][token] = counts[-1].get(token, 0) + number
    return counts[0] if len(counts) == 1 and counts[0] else None


def _cased(formula: str) -> list[tuple[str, int]] | None:
    found = re.findall(r"([A-Z][a-z]?|\(|\))(\d*)", formula)
    if "".join(e + n for e, n in found) != formula or any(
        e not in _MASSES and e not in "()" for e, _ in found
    ):
        return None
    return [(e, int(n) if n else 1) for e, n in found]


def _tokens(text: str) -> list[tuple[str, int]] | None:
    """A lower-case formula split into elements, one-letter elements tried first."""
    if not text:
        return []
    number = re.match(r"\d+", text[1:]) if text[0] in "()" else None
    if text[0] in "()":
        rest = _tokens(text[1 + (len(number[0]) if number else 0) :])
        return None if rest is None else [(text[0], int(number[0]) if number else 1), *rest]
    for size in (1, 2):
        symbol = text[:size].capitalize()
        if len(text) < size or symbol not in _MASSES:
            continue
        count = re.match(r"\d+", text[size:])
        after = text[size + (len(count[0]) if count else 0) :]
        rest = _tokens(after)
        if rest is not None:
            return [(symbol, int(count[0]) if count else 1), *rest]
    return None


def _mass(atoms: dict[str, int]) -> float:
    return sum(_MASSES[e] * n for e, n in atoms.items())


def _written(atoms: dict[str, int]) -> str:
    return "".join(f"{e}{n if n > 1 else ''}" for e, n in atoms.items())


def atomic_mass(symbol: str) -> float | None:
    """An element's standard atomic mass in g/mol ("C" -> 12.011), None when not listed."""
    return _MASSES.get(symbol)
