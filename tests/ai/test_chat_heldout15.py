"""A fifteenth held-out chat set, written for this test before it was run: the faces, edges
and vertices of solids, a number written in words, a student's result checked when it is
said "for" a sum, and comparisons of two expressions.

Every expected answer was counted or computed by hand: a cube or any box has 6 faces, 12
edges and 8 vertices; a prism on an n-sided base has n + 2 faces, 3n edges and 2n vertices
(triangular: 5, 9, 6; hexagonal: 8, 18, 12); a pyramid on an n-sided base has n + 1 faces, 2n
edges and n + 1 vertices (square: 5, 8, 5; a tetrahedron is the triangular one: 4, 6, 4); a
cylinder has 2 flat faces and one curved surface, a cone 1 flat face and 1 apex, a sphere
no flat face, edge or vertex. 4.05 is four and five hundredths; 3,405 is three thousand four
hundred five; 2/3 is two thirds; 3 × 4 = 12; 7 × 8 = 56; 6 × 9 = 54; 2 × 3 = 6 > 5; 3² = 9 >
2³ = 8; 2⁵ = 32 > 5² = 25; 4² = 16 = 2⁴; 10 − 3 = 7 < 8.

Counter-cases keep their answer: the vertices of a square (4), "is 7 bigger than 5", the
volume of a cube, "what is 7 times 8", a claim written "6 times 7 is 42, right?".

40 cases were run on the old code: 33 failed (every solid, number-in-words, "for" claim and
expression comparison; the 7 counter-cases and no-number cases passed). A second round of
17, written after the rules to check they are general (other bases, numbers and wordings),
all failed on the old code; 4 of them also failed on the first-round rules ("can you write
3.5 in words", and half, 3/4 or 25% of a number compared) and were fixed. Also computed by
hand: octagonal prism 3 × 8 = 24 edges; pentagonal pyramid 5 + 1 = 6 vertices; 3⁴ = 81 >
4³ = 64; 6 × 7 = 42 < 50; 4 × 6 = 24; 4³ = 64 > 60; 16 ÷ 2 = 8 > 7; 20 × 3/4 = 15 < 16;
80 × 0.25 = 20 > 15; √49 = 7 > 6.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import NO_NUMBER, check_all, check_answer, never_says, reply

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # faces, edges and vertices of solids
    ("how many faces does a cube have", ("**6 faces",), "**4"),
    ("How many edges does a rectangular prism have?", ("**12 edges",), "**4"),
    ("how many vertices does a square pyramid have", ("**5 vertices",), "**4 vertices"),
    ("number of faces on a triangular prism", ("**5 faces",), "**3"),
    ("how many edges has a tetrahedron got", ("**6 edges",), "**3"),
    ("how many corners does a cube have", ("**8 vertices", "**8 corners"), "**4"),
    ("how many vertices on a hexagonal prism", ("**12 vertices",), "**6 vertices"),
    ("how many edges does a square based pyramid have", ("**8 edges",), "**4"),
    ("how many faces does a cuboid have", ("**6 faces",), "**4"),
    ("vertices of a triangular pyramid?", ("**4 vertices",), "**3"),
    # a number in words
    ("write 4.05 in words", ("**four and five hundredths",), "**four and five tenths"),
    ("how do you say 3,405 in words", ("**three thousand four hundred five",), "**3405"),
    ("write 2/3 in words", ("**two thirds",), "**2/3"),
    ("how do you write 17 in words", ("**seventeen",), "**seventy"),
    ("write 1,000,250 in words", ("**one million two hundred fifty",), "**one million two hundred fifty thousand"),
    ("how do you write 0.7 in words", ("**seven tenths",), "**seven hundredths"),
    ("spell out 3/4 in words", ("**three fourths", "**three quarters"), "**3/4"),
    # a result checked when it is said "for" a sum
    # comparisons of two expressions
    ("which is bigger, 2^5 or 5^2", ("**2^5", "**$2^5$", "**32"), "**25"),
    ("which is smaller: 4 squared or 2 to the power of 4", ("equal",), "**16 is smaller"),
    # counter-cases: answers that were right stay right
    ("how many vertices does a square have", ("**4 vertices",), "**5"),
    ("what is the volume of a cube with side 3", ("**27",), "**6 faces"),
    ("what is 7 times 8", ("56",), "**54"),
]  # fmt: skip

# a second round, written after the rules to check they are general: other bases and
# wordings, other numbers in words, the result said "the right answer for", and comparisons
# with a power, a fraction or a percent of a number on one side
SECOND: list[tuple[str, tuple[str, ...], str]] = [
    ("how many edges does an octagonal prism have", ("**24 edges",), "**8"),
    ("a pentagonal pyramid has how many vertices", ("**6 vertices",), "**5 vertices"),
    ("how many faces does a rectangular pyramid have", ("**5 faces",), "**4"),
    ("how many edges does a cone have", ("**1 curved edge",), "**0 edges"),
    ("what's 12.34 in words", ("**twelve and thirty-four hundredths",), "**twelve and thirty-four tenths"),
    ("how would you write 250,000 in words", ("**two hundred fifty thousand",), "**250"),
    ("can you write 3.5 in words", ("**three and five tenths",), "**3.5"),
    ("write 4/35 in words", ("**four thirty-fifths",), "**4/35"),
    ("which is greater: 3 to the power of 4 or 4 cubed?", ("**3 to the power of 4 = 81",), "**4 cubed"),
    ("which is less, 6 times 7 or 50", ("**6 times 7 = 42",), "**50"),
]  # fmt: skip

# yes or no: the reply opens with the verdict
YES_NO: list[tuple[str, bool]] = [
    ("I got 12 for 3 times 4, is that right?", True),
    ("is 56 right for 7 times 8?", True),
    ("i got 54 for 7 times 8, is that right", False),
    ("is 45 correct for 6 times 9", False),
    ("i got 9 when i did 3 squared, is that correct", True),
    ("is 2 times 3 bigger than 5", True),
    ("is 3 squared bigger than 2 cubed", True),
    ("is 10 minus 3 greater than 8?", False),
    ("is 5 times 5 less than 30", True),
    ("is 7 bigger than 5", True),
    ("6 times 7 is 42, right?", True),
    # the second round
    ("i got 20 when i did 4 times 6, is that right?", False),
    ("is 15 the right answer for 3 times 5?", True),
    ("is 4 cubed more than 60", True),
    ("is half of 16 bigger than 7", True),
    ("is 3/4 of 20 less than 16", True),
    ("is 25% of 80 more than 15", True),
    ("is the square root of 49 bigger than 6", True),
]

# every part of the reply: the counts of a solid asked together
ALL: list[tuple[str, tuple[str, ...], str]] = [
    ("how many faces, edges and vertices does a cube have", ("**6 faces", "**12 edges", "**8 vertices"), "**4"),
    ("faces edges and vertices of a square pyramid", ("**5 faces", "**8 edges", "**5 vertices"), "**4"),
    ("how many faces does a cylinder have", ("2 flat", "curved"), "**3 faces"),
    ("how many vertices does a cone have", ("apex",), "**0 vertices"),
    ("how many faces does a sphere have", ("curved",), "**1 face"),
]  # fmt: skip

# nothing to count from: no bold number
UNPLACED: list[str] = [
    "how many faces does my dice have after i cut it",
    "write my name in words",
]


@pytest.mark.parametrize(("question", "expected", "never"), ANSWERS + SECOND)
def test_the_question_asked_is_answered(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_answer(question, expected, never)


@pytest.mark.parametrize(("question", "expected", "never"), ALL)
def test_every_part_is_said(question: str, expected: tuple[str, ...], never: str) -> None:
    check_all(question, expected, never)


@pytest.mark.parametrize(("question", "yes"), YES_NO)
def test_the_verdict_comes_first(question: str, yes: bool) -> None:
    text = reply(question)
    assert text.startswith("Yes" if yes else "No"), text


@pytest.mark.parametrize("question", UNPLACED)
def test_nothing_to_count_gets_no_number(question: str) -> None:
    text = reply(question)
    assert never_says(text, NO_NUMBER), text
