"""Meeting-chat exports read as dialogue: Zoom's "10:02:15 From Ms. Lopez to Everyone: ..."
(and its newer "From Jordan Smith : ...", "to Me", "(Privately)") names the sender, a role
written beside a name, "Tutor (Dana):" or "Dana (tutor):", gives the role, and a time with
AM/PM or a date before it ("[10:02 AM]", "2024-01-12 10:03:40") is no part of the name, and a
recording's transcript with the speaker and time on their own line ("Priya  0:41") and the
words below reads as turns; the student's answers are then judged like any dialogue's.

Written before the rules: 10 cases, 10 failed before (every line was one unknown speaker's text,
no answer was judged).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.transcripts import parse_transcript

ZOOM = """10:02:15 From Ms. Lopez to Everyone: Today we are working on equivalent fractions.
10:02:40 From Jordan Smith to Everyone: ok
10:03:05 From Ms. Lopez to Everyone: Is 2/4 the same as 1/2?
10:03:30 From Jordan Smith to Everyone: yes because 2/4 simplifies to 1/2
10:03:45 From Ms. Lopez to Me (Privately): Exactly right! What about 3/6?
10:04:10 From Jordan Smith : also 1/2
10:04:20 From Ms. Lopez to Everyone: Great job Jordan."""

BRACKETS = """[00:00:05] Tutor (Dana): hi Priya! ready for slope today?
[00:00:12] Priya: yep
[00:00:20] Tutor (Dana): the line goes through (1, 2) and (3, 8). what's the slope?
[00:00:41] Priya: 8-2 over 3-1 = 6/2 = 3
[00:00:50] Tutor (Dana): perfect, rise over run. now what's the y-intercept?
[00:01:20] Priya: 2 = 3(1) + b so b = -1
[00:01:30] Tutor (Dana): yes! y = 3x - 1"""

STAMPED = """[10:02 AM] Ms. Lopez: What is 3/4 of 20?
[10:03 AM] Priya: 15
2024-01-12 10:03:40 Ms. Lopez: Correct! And 1/4 of 20?
2024-01-12 10:04:02 Priya: 5"""

# a recording's transcript (Otter, Teams): the speaker and the time on a line, the words below
HEADED = """Ms. Lopez  0:05
What is 3/4 of 20?

Priya  0:41
15

Ms. Lopez  0:50
Correct! Now what is 1/4 of 20?

Priya  1:02
5"""

ROLE_AFTER = """Dana (tutor): What is 3/4 of 20?
Priya (student): 15
Dana (tutor): Correct!"""


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (ZOOM, {"Ms. Lopez": "tutor", "Jordan Smith": "student"}),
        (BRACKETS, {"Tutor (Dana)": "tutor", "Priya": "student"}),
        (ROLE_AFTER, {"Dana (tutor)": "tutor", "Priya (student)": "student"}),
        (STAMPED, {"Ms. Lopez": "tutor", "Priya": "student"}),
        (HEADED, {"Ms. Lopez": "tutor", "Priya": "student"}),
    ],
)
def test_chat_exports_name_the_speakers_and_their_roles(
    text: str, speakers: dict[str, str]
) -> None:
    turns = parse_transcript(text).turns
    assert {t.speaker: t.role for t in turns} == speakers
    assert all(not t.text.startswith(("From ", "[", "10:")) for t in turns)


@pytest.mark.parametrize("text", [ZOOM, BRACKETS, ROLE_AFTER, STAMPED, HEADED])
def test_the_students_answers_are_judged(text: str) -> None:
    assert max(c.evidence or 0 for c in analyze(text).concepts) >= 1
