"""Key points hold what was taught, not how the tutor feels about the work ("I'm glad you're
using both ratios and algebra to solve this.", "I like how you set up the proportion."), a
pointer back to the problem ("Okay so think about the word problem again.") or a look back at
what the student said ("You correctly told me that this totals to 180."). A sentence that
teaches next to such talk stays a point.

Written before the rule: 7 cases, 6 failed before (each talk sentence was a key point).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import points

_BODY = (
    "Tutor: A recipe uses flour and sugar in the ratio 3:2. With 12 cups of flour, how much "
    "sugar is needed?\n"
    "Student: The ratio 3:2 means 3 parts flour to 2 parts sugar, so 12 / 3 = 4 and 4 x 2 = 8 "
    "cups of sugar.\n"
    "Tutor: {talk} Each part of the ratio is 4 cups, so the sugar is 2 parts, 8 cups.\n"
    "Student: So the answer is 8 cups of sugar.\n"
    "Tutor: Yes, 8 cups is correct.\n"
)


@pytest.mark.parametrize(
    "talk",
    [
        "I'm glad you're using both ratios and algebra to solve this.",
        "I like how you set up the ratio of flour to sugar.",
        "I love the way you split the ratio into parts.",
        "I'm really impressed by how you used the ratio here.",
        "Okay so think about the ratio question again.",
        "You correctly told me that the ratio totals 5 parts.",
    ],
)
def test_talk_about_the_work_is_no_key_point(talk: str) -> None:
    said = points(analyze(_BODY.format(talk=talk), subject_hint="Math"))
    assert not any(talk in p or p in talk for p in said)


def test_the_teaching_sentence_next_to_it_stays() -> None:
    talk = "I'm glad you're using the ratio."
    said = points(analyze(_BODY.format(talk=talk), subject_hint="Math"))
    assert "Each part of the ratio is 4 cups, so the sugar is 2 parts, 8 cups." in said
