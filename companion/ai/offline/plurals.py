"""One key for the singular and the plural of a term a short answer names.

Regular plurals ("cells") are the stemmer's; these are the ones science and math borrow from
Latin and Greek or keep from old English: nucleus/nuclei, bacterium/bacteria,
mitochondrion/mitochondria, hypothesis/hypotheses, larva/larvae, vertex/vertices,
leaf/leaves, knife/knives, tooth/teeth. Both forms of a word get the same key, which need
not be a word itself; a word that only shares letters ("nucleolus", "basis" beside "base")
keeps a key of its own, and so does an element named in -um ("magnesium" is no
"magnesia").
"""

from __future__ import annotations

import re

__all__ = ["noun_singular", "plural_free", "singular"]

_IRREGULAR = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "person",
    "teeth": "tooth",
    "feet": "foot",
    "geese": "goose",
    "mice": "mouse",
    "lice": "louse",
    "dice": "die",
    "oxen": "ox",
    "axes": "axis",
}
# chemical elements named in -um: no Latin plural in -a ("magnesia" is another substance)
_ELEMENTS = frozenset(
    re.findall(
        r"\w+",
        "helium lithium beryllium sodium magnesium aluminum aluminium potassium calcium scandium"
        " titanium vanadium chromium gallium germanium selenium rubidium strontium yttrium"
        " zirconium niobium molybdenum technetium ruthenium rhodium palladium cadmium indium"
        " tellurium cesium caesium barium lanthanum cerium neodymium samarium europium gadolinium"
        " terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium tantalum rhenium"
        " osmium iridium platinum thallium polonium francium radium actinium thorium uranium"
        " neptunium plutonium americium curium einsteinium fermium nobelium",
    )
)
# plural ending -> singular ending, for words of at least this many letters
_ENDINGS = (
    ("sis", "se", 7),  # hypothesis, analysis, synthesis: the plural is -ses
    ("rion", "ria", 6),  # criterion, mitochondrion
    ("enon", "ena", 6),  # phenomenon
    ("um", "a", 6),  # bacterium, medium, maximum, spectrum
    ("ae", "a", 5),  # larvae, algae, vertebrae, antennae
)


def singular(word: str) -> str:
    """The key of a lower-case word's singular before regular plurals are stemmed: the
    Latin and Greek ones take their plural's ending ("bacterium" -> "bacteria")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _ELEMENTS:
        return word
    for ending, plural, shortest in _ENDINGS:
        if word.endswith(ending) and len(word) >= shortest:
            return word[: -len(ending)] + plural
    return word


def plural_free(stem: str, word: str) -> str:
    """A regular stem made the same for both numbers: -ex/-ix as -ices ("vertex",
    "vertices"), -us and -is as -i ("nucleus", "nuclei"), -f and -ife as -ves ("leaf", "leaves")."""
    if len(word) < 4:
        return stem
    if stem.endswith(("ex", "ix")) and len(stem) >= 5:
        return stem[:-2] + "ice"
    if stem.endswith(("u", "i")) and word.endswith(("us", "i", "is")):
        return stem[:-1]
    if stem.endswith("ife"):
        return stem[:-2] + "ve"
    if stem.endswith("f") and not stem.endswith("ff"):
        return stem[:-1] + "ve"
    return stem


# regular plural endings of counted nouns -> the singular's, for words longer than the ending
_REGULAR = (
    ("ies", "y", 5),  # cherries, berries (but "pies", "ties" only lose the s)
    ("sses", "ss", 5),  # glasses
    ("ches", "ch", 5),  # peaches
    ("shes", "sh", 5),  # dishes
    ("xes", "x", 4),  # boxes
    ("toes", "to", 6),  # tomatoes, potatoes
)


def noun_singular(word: str) -> str:
    """A counted noun's singular, regular or irregular: "cherries" -> "cherry", "glasses" ->
    "glass", "children" -> "child", "shoes" -> "shoe"; a word not in the plural
    ("glass", "bus", "gas") stays as it is; "lbs" is "lb"."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for ending, single, shortest in _REGULAR:
        if word.endswith(ending) and len(word) >= shortest:
            return word[: -len(ending)] + single
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) == 3 and word.endswith("s") and not re.search(r"[aeiou]", word):
        return word[:-1]  # an abbreviation: "lbs", "yds"
    return word
