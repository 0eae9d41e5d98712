"""A period after an abbreviation ends no sentence: "6:40 a.m. and 9:00 a.m., which is 140
minutes" and "Mr. Langsley" stay whole in key points and quotes, so no point is half a
sentence ("It is 2 hours and 20 minutes between 6:40 a.m."). A sentence that ends on "p.m."
before a capital still ends there, and every sentence stays verbatim (an exact substring).

Written before the rule: 6 cases, 5 failed before (the sentence was cut after each "a.m.",
"Mr." and "e.g.").
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.summaries import split_sentences
from tests.ai.analysisprobes import points


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "It is 2 hours and 20 minutes between 6:40 a.m. and 9:00 a.m., which is 140 minutes.",
            1,
        ),
        ("Mr. Langsley takes the bus at 6 a.m. every day. He gets to work at 9.", 2),
        ("Use a common denominator, e.g. 12 for fourths and sixths. Then add.", 2),
        ("Mrs. Lee and Dr. Patel share 24 apples equally.", 1),
        ("The show starts at 7 p.m. The doors open an hour earlier.", 2),
    ],
)
def test_abbreviations_end_no_sentence(text: str, sentences: int) -> None:
    found = split_sentences(text)
    assert len(found) == sentences
    assert all(s in text for s in found)


def test_a_key_point_keeps_its_times_whole() -> None:
    line = "It is 2 hours and 20 minutes between 6:40 a.m. and 9:00 a.m., which is 140 minutes."
    text = (
        "Tutor: Hi Sam, talk me through your solution.\n"
        "Student: I multiplied 3 hours by 60 minutes to get 180 minutes, and then added 40 "
        "minutes to get 220 minutes.\n"
        "Tutor: If he spends 40 minutes on the bus from 6am, what time will he arrive at the "
        "first station?\n"
        "Student: He will arrive at the first station at 6:40 a.m.\n"
        "Tutor: How many minutes is it between 6.40am and 9am?\n"
        f"Student: {line}\n"
        "Tutor: That is the answer, well done!\n"
    )
    said = points(analyze(text, subject_hint="Math"))
    assert line in said
