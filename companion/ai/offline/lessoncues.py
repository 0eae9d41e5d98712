"""Grade 3-8 and Algebra I skills a problem's talk shows when no term names them: numbers set
against each other ("which is bigger, 1.25 or 1.3?", "is 0.8 more or less than 0.75?"), the
order an expression's operations are worked in ("in 15 - 6 ÷ 3, which do we do first?",
"division comes before subtraction"), a power of a number ("2^4", "7 squared", "the base and
the exponent"), a number rounded ("is 362 closer to 300 or 400?") or a result's size judged
before it is worked, a common factor taken out of an expression's terms ("the GCF of 6x^2 and
9x", "two numbers that multiply to 12 and add to 7"), a mean worked out ("add them and
divide by 5"), a property written with numbers ("3 + 4 = 4 + 3"), a digit's place asked, a
fraction of a whole, a rise and a run, a base times a height. Each is evidence for one
knowledge-base concept (see `cues.topic_cues`).
"""

from __future__ import annotations

import re

_E = "elementary_math."
_P = "pre_algebra."
# inside one sentence, a decimal point included ("2.4, 2.04 or 2.44")
_IN = r"(?:[^.?!\n]|\.(?=\d))"
# a number as typed in chat: "583", "4,521", "0.65", "3/4"
_NUM = r"(?<![\w.,/])\d[\d,]*(?:\.\d+)?(?:/\d+)?(?![\w/]|\.\d)"
_MORE = r"(?:greater|bigger|larger|smaller|less|more|higher|lower)"
_MOST = r"(?:greatest|biggest|largest|smallest|least|highest|lowest)"
_OP = r"[-+x×*÷/]"
# two whole numbers that bound a stretch of a number line: "between 30 and 40", "from 100 to 200"
_WHOLES = r"\b(?:between|from)\s+\d{2,}\s+(?:and|to)\s+\d{2,}(?![\d/]|\.\d)"
_OPERATION = (
    r"(?:multiplication|division|multiply|divide|multiplying|dividing|addition|subtraction|add|"
    r"subtract|adding|subtracting|exponents?|powers?|parenthes[ie]s|brackets)"
)
# a term of an expression in a letter: "6x", "4y^2", "3b" (not "3x9", a product)
_TERM = r"(?<![\w.])\d*[a-z]\s*\^\s*\d|(?<![\w.])\d+[a-z](?![\w^])(?!\s*\d)"

LESSON_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a question setting numbers against each other: "which is bigger, 1.25 or 1.3?", "which
    # number is the greatest: 2.4, 2.04 or 2.44?"; or a number said to be more or less than
    # another ("0.45 is less than 0.5", "is 0.8 more or less than 0.75?"), not "3 more than 5"
    (
        re.compile(
            rf"\bwhich\b{_IN}{{0,30}}?\b(?:{_MORE}|{_MOST})\b{_IN}{{0,40}}?{_NUM}\s*(?:,|\bor\b|"
            rf"\band\b)\s*(?:{_NUM}\s*,?\s*(?:\bor\b|\band\b)?\s*)?{_NUM}"
            rf"|{_NUM}(?:\s+[a-z]+)?\s+(?:is\s+{_MORE}|{_MORE}\s+or\s+{_MORE})\s+than\s+{_NUM}"
            # "compare 2/5 and 3/5", "2/5 > 3/5", "which decimal is the greatest?"
            rf"|\bcompare\s+{_NUM}\s+(?:and|with|to)\s+{_NUM}|{_NUM}\s*[<>≤≥]\s*{_NUM}"
            r"|\bwhich\s+(?:decimal|fraction|integer)s?\s+(?:is|are)\s+(?:the\s+)?"
            rf"(?:{_MORE}|{_MOST})\b",
            re.I,
        ),
        _E + "comparing_and_ordering_numbers",
    ),
    # the order an expression's operations are worked in: "division comes before subtraction",
    # "in 15 - 6 ÷ 3, which do we do first?", "divide and multiply from left to right"
    (
        re.compile(
            rf"\b{_OPERATION}\b[^.?!\n]{{0,20}}?\bbefore\s+(?:we\s+|you\s+)?{_OPERATION}\b"
            rf"|^(?=.*?\d\s*{_OP}\s*\d+\s*{_OP}\s*\d).*?\b(?:which|what)\b[^.?!\n]{{0,30}}"
            rf"\bfirst\b"
            rf"|\b{_OPERATION}\b[^.?!\n]{{0,30}}\bfrom left to right\b",
            re.I,
        ),
        _P + "order_of_operations",
    ),
    # a power of a number: "2^4", "5²", "7 squared", "3 cubed" (not "3.2 x 10^4", scientific
    # notation), or its base and exponent named together, or written out as one factor used
    # again and again ("2 x 2 x 2", "3 multiplied by itself", "used as a factor 4 times")
    (
        re.compile(
            r"(?<![\w.^])(?<![x×*·] )(?<![x×*·])\d+\s*\^\s*\(?\d|(?<![\w.])\d+[²³]"
            r"|(?<![\w.])\d+\s+(?:squared|cubed)\b"
            r"|\bbase\b[^.?!\n]{0,60}\bexponent\b|\bexponent\b[^.?!\n]{0,60}\bbase\b"
            r"|(?<![\d.])(\d+)(?:\s*[x×*]\s*\1(?!\d|\.\d)){2,}"
            r"|\bmultipl(?:y|ied|ying)\b[^.?!\n]{0,20}\bby itself\b"
            r"|\bas a factor\b[^.?!\n]{0,12}\btimes\b|\btimes\b[^.?!\n]{0,30}\bas a factor\b",
            re.I,
        ),
        _P + "exponents_and_square_roots",
    ),
    # rounding a number: "is 362 closer to 300 or 400?", "47 rounds to 50" (to a ten, hundred
    # or thousand: "6.4 games rounds up to 7" makes a whole count of things); or the size of a
    # result judged before it is worked: "the product will be less than 200"
    (
        re.compile(
            rf"\bcloser to\s+{_NUM}\s+(?:or|than)\s+{_NUM}"
            r"|\brounds\s+(?:up\s+|down\s+)?to\s+\d[\d,]*0(?!\d|\.\d)"
            r"|\b(?:product|sum|quotient|difference|answer)\s+(?:will|would|should)\s+be\s+"
            rf"(?:{_MORE})\s+than\b",
            re.I,
        ),
        _E + "rounding_and_estimation",
    ),
    # a common factor of an expression's terms: "the GCF of 6x^2 and 9x", "the GCF is the
    # variable b", "do the terms share a factor? factor it out"; two numbers that "multiply to
    # 12 and add to 7" are those of a trinomial's factors
    (
        re.compile(
            rf"^(?=.*?\b(?:gcf|greatest common factor|common factor|factor(?:ed)?\s+"
            rf"(?:it\s+|them\s+)?out)\b)(?=.*?(?:\bterms?\b|\bvariables?\b|{_TERM}))"
            r"|\bmultipl(?:y|ies)\s+to\s+(?:give\s+)?-?\d+[^.?!\n]{0,20}?"
            r"\badds?\s+(?:up\s+)?to\s+-?\d",
            re.I,
        ),
        "algebra_1.factoring_quadratics",
    ),
    # the mean worked out: "add the numbers and divide by 5", "the sum divided by how many"
    (
        re.compile(
            r"\badd\b[^.?!\n]{0,40}\b(?:and|then)\s+divide\s+"
            r"(?:it\s+|them\s+|the\s+(?:sum|total)\s+)?by\b"
            r"|\b(?:sum|total)\s+divided\s+by\s+(?:the\s+number\s+of|how\s+many)\b",
            re.I,
        ),
        "statistics.measures_of_center",
    ),
    # a property written out with numbers: "3 + 4 = 4 + 3", "(2 x 3) x 4 = 2 x (3 x 4)",
    # "3 x (4 + 2) = 3 x 4 + 3 x 2"
    (
        re.compile(
            r"(?<![\d.])(\d+)\s*([+x×*])\s*(\d+)\s*=\s*\3\s*\2\s*\1(?!\d|\.\d)"
            r"|\(\s*(\d+)\s*([+x×*])\s*(\d+)\s*\)\s*\5\s*(\d+)\s*=\s*\4\s*\5\s*\(\s*\6\s*\5\s*\7"
            r"|(?<![\d.])(\d+)\s*[x×*]\s*\(\s*(\d+)\s*([-+])\s*(\d+)\s*\)\s*=\s*\8\s*[x×*]\s*\9\s*"
            r"\10\s*\8\s*[x×*]\s*\11(?!\d|\.\d)",
        ),
        _E + "properties_of_operations",
    ),
    # a digit's place asked ("the 3 is in which place?"), a fraction of a whole ("what fraction
    # of the circle is shaded?"), a slope's rise and run, a triangle's base times its height
    (
        re.compile(
            r"\bthe\s+\d\s+(?:is\s+)?in\s+(?:which|what)\s+place\b"
            r"|\b(?:which|what)\s+place\s+is\s+(?:the\s+)?(?:digit\s+)?\d\b"
            r"(?!\s*(?:st|nd|rd|th)\b)",
            re.I,
        ),
        _E + "place_value",
    ),
    # a whole number placed on a number line between two others ("put 35 on the number line
    # between 30 and 40", "the number line from 100 to 200"): no fraction, no negative
    (
        re.compile(
            r"^(?!.*?(?:\d\s*/\s*\d|[-−]\d|\d\.\d))"
            rf".*?(?:\bnumber line\b[^.?!\n]*?{_WHOLES}|{_WHOLES}[^.?!\n]*?\bnumber line\b)",
            re.I | re.S,
        ),
        _E + "place_value",
    ),
    (re.compile(r"\b(?:what|which) fraction of\b", re.I), _E + "fraction_basics"),
    (re.compile(r"\brise\b[^.?!\n]{0,30}\brun\b", re.I), "algebra_1.slope"),
    (
        re.compile(
            r"\bbase\b[^.?!\n]{0,12}(?:\btimes|\bmultiplied by|[x×*])\s*(?:the\s+)?height\b", re.I
        ),
        _E + "area_and_perimeter",
    ),
)
