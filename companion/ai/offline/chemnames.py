"""The names of the substances a school chemistry or biology answer writes as a formula.

"CO2" and "carbon dioxide", "NaCl" and "sodium chloride", "ATP" and "adenosine
triphosphate" name one substance, so an answer is read with each formula the table knows
written as its name, and so is the expected answer. An element's symbol ("Na", "K", "Fe")
is read as its name only when it is the whole answer, since "He", "In", "As" or "I" in a
sentence are words. Case matters where it tells substances apart ("CO" is carbon monoxide,
"Co" cobalt); a formula with a digit or of three letters or more is read in any case
("co2", "nacl", "dna"). Another substance stays another: "CO" is not "CO2", "H2O2" not "H2O".
"""

from __future__ import annotations

import re

__all__ = ["is_formula", "named", "other_substance"]

_COMPOUNDS = {
    "H2O": "water", "H2O2": "hydrogen peroxide", "CO2": "carbon dioxide",
    "CO": "carbon monoxide", "O2": "oxygen", "O3": "ozone", "H2": "hydrogen",
    "N2": "nitrogen", "Cl2": "chlorine", "NaCl": "sodium chloride", "KCl": "potassium chloride",
    "C6H12O6": "glucose", "C12H22O11": "sucrose", "CH4": "methane", "C2H5OH": "ethanol",
    "NH3": "ammonia", "HCl": "hydrochloric acid", "H2SO4": "sulfuric acid",
    "HNO3": "nitric acid", "NaOH": "sodium hydroxide", "KOH": "potassium hydroxide",
    "CaCO3": "calcium carbonate", "NaHCO3": "sodium bicarbonate", "CaCl2": "calcium chloride",
    "MgO": "magnesium oxide", "Fe2O3": "iron oxide", "SO2": "sulfur dioxide",
    "NO2": "nitrogen dioxide", "ATP": "adenosine triphosphate", "ADP": "adenosine diphosphate",
    "DNA": "deoxyribonucleic acid", "RNA": "ribonucleic acid",
    "NADPH": "nicotinamide adenine dinucleotide phosphate",
}  # fmt: skip
_ELEMENTS = {
    "H": "hydrogen", "He": "helium", "Li": "lithium", "C": "carbon", "N": "nitrogen",
    "O": "oxygen", "F": "fluorine", "Ne": "neon", "Na": "sodium", "Mg": "magnesium",
    "Al": "aluminium", "Si": "silicon", "P": "phosphorus", "S": "sulfur", "Cl": "chlorine",
    "Ar": "argon", "K": "potassium", "Ca": "calcium", "Fe": "iron", "Co": "cobalt",
    "Ni": "nickel", "Cu": "copper", "Zn": "zinc", "Br": "bromine", "Ag": "silver",
    "I": "iodine", "Sn": "tin", "Au": "gold", "Hg": "mercury", "Pb": "lead", "U": "uranium",
}  # fmt: skip
_ELEMENT_NAMES = frozenset(_ELEMENTS.values()) | {"aluminum", "sulphur"}
_SPELLINGS = {"sulphuric": "sulfuric", "sulphur": "sulfur", "aluminum": "aluminium"}
_SPELLING = re.compile(rf"\b(?:{'|'.join(_SPELLINGS)})\b", re.I)
_ANY_CASE = {k.lower(): v for k, v in _COMPOUNDS.items() if len(k) >= 3 or re.search(r"\d", k)}
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_TOKEN = re.compile(r"(?<![\w^])[A-Za-z][A-Za-z0-9]*(?![\w^])")


def _name(token: str) -> str | None:
    return _COMPOUNDS.get(token) or _ANY_CASE.get(token.lower())


def _formulas(text: str) -> str:
    plain = _TOKEN.sub(lambda m: _name(m[0]) or m[0], text.translate(_SUBSCRIPTS))
    return _SPELLING.sub(lambda m: _SPELLINGS[m[0].lower()], plain)


def named(text: str, other: str = "") -> str:
    """The text with each formula the table knows written as its name, a name spelled the
    table's way ("sulphuric" as "sulfuric"), and a lone element symbol as its name when
    the `other` text names an element ("K" beside "potassium", "C" beside "B" stays "C")."""
    symbol = text.strip().rstrip(".!")
    if symbol in _ELEMENTS and _formulas(other).strip(" .!").lower() in _ELEMENT_NAMES:
        return _ELEMENTS[symbol]
    read = _formulas(text)
    return read if read != text.translate(_SUBSCRIPTS) else text


def _plain(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def other_substance(expected: str, answer: str) -> str | None:
    """A formula in the answer whose substance the expected answer does not name ("CO2"
    where "Carbon" is asked is carbon dioxide, not carbon), as "formula (name)"."""
    wanted = _plain(named(expected, answer))
    for token in _TOKEN.findall(answer.translate(_SUBSCRIPTS)):
        name = _name(token)
        if name and _plain(name) not in wanted:
            return f"{token} is {name}"
    return None


def is_formula(text: str) -> bool:
    """Whether a text is formulas the table knows ("CO2", "CO2 and H2O"): words, not math."""
    read = named(text)
    return read != text and not re.search(r"\d", read)
