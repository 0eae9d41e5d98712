"""K-12 topics read from the worked problem (times, units, formulas, sharing, place, figures,
stories) and from what the tutor asks, while chit-chat and scoring talk stay silent."""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import NO_TOPIC, analyze
from companion.ai.offline.cues import topic_cues, without_scoring

E = "elementary_math."


def kb_ids(text: str, hint: str = "Math") -> list[str]:
    return [c.kb_id for c in analyze(text, subject_hint=hint).concepts[:5]]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Tutor: What is your final answer?\nStudent: 1:55\n", E + "telling_time"),
        ("Tutor: The bus leaves at 9:00 am. When does it arrive?\nStudent: 9:15\n", "telling_time"),
        ("Tutor: How many centimeters are in meter?\nStudent: 1000\n", "unit_conversion"),
        ("Tutor: 1 day = ___ hours.\nStudent: 12\n", "unit_conversion"),
        ("Tutor: How many minutes is 1 hour?\nStudent: 59 minutes\n", "unit_conversion"),
        ("Tutor: A = l x w. What is 8 x 3?\nStudent: 24\n", E + "area_and_perimeter"),
        ("Tutor: V = 2 x 2 x 13.\nTutor: What is 2 x 2 x 13?\nStudent: 49\n", "volume_of_rect"),
        (
            "Tutor: They decide to split the $18 evenly. How much money do they each receive?\n"
            "Student: 6\n",
            E + "long_division",
        ),
        ("Tutor: How many times 4 go in 6?\nStudent: 6\n", E + "long_division"),
        ("Tutor: What times 13 gives us 39?\nStudent: 3\n", E + "long_division"),
        ("Tutor: 108 students ÷ 4 classes = 27 students.\nStudent: oh\n", E + "long_division"),
        ("Tutor: What is the value of 2 in 2,453?\nStudent: 223\n", E + "place_value"),
        ("Tutor: What is the value of 10 x 10 x 10?\nStudent: 30\n", E + "place_value"),
        ("Tutor: How many sides does the figure have?\nStudent: 6\n", "two_and_three_dim"),
        ("Tutor: Which shape is this?\nStudent: a spear\n", "two_and_three_dimensional"),
        ("Tutor: So, the final answer is 3/4.\nStudent: ok\n", E + "fraction_basics"),
        (
            "Tutor: What is the output for this graph when the input is 2.5?\nStudent: 5,000\n",
            "algebra_1.functions",
        ),
        (
            "Tutor: Which point on the number line is located at -3 1/2?\nStudent: b\n",
            "pre_algebra.integer_operations",
        ),
        ("Tutor: What is the least favorite color?\nStudent: yellow\n", "bar_graphs"),
    ],
)
def test_the_worked_problem_names_its_topic(text: str, concept: str) -> None:
    assert any(concept in cid for cid in kb_ids(text)), kb_ids(text)


def test_a_story_problem_is_a_word_problem_but_what_a_figure_has_is_not() -> None:
    story = (
        "Tutor: Mike has 4 cookies and he eats 3 cookies. So Mike has ______ cookie left?\n"
        "Student: He has 10 cookies left.\n"
    )
    assert E + "multi_step_word_problems" in kb_ids(story)
    assert topic_cues(["Equilateral triangles always have 3 equal side lengths."]) == {}
    assert topic_cues(["How many sides does the figure have?"]) == {
        E + "two_and_three_dimensional_shapes": [0]
    }


def test_a_sum_is_not_place_value_and_a_units_rate_is_not_a_conversion() -> None:
    assert E + "place_value" not in kb_ids("Tutor: What is the value of 36+42?\nStudent: 78\n")
    assert topic_cues(["He drove 60 miles per hour."]) == {}
    assert topic_cues(["We are running out of time."]) == {}


def test_a_term_the_tutor_asks_about_or_sets_as_the_lesson_grounds_a_concept() -> None:
    asked = 'Tutor: What is meant by "area"?\nStudent: 30ft\n'
    assert kb_ids(asked) == [E + "area_and_perimeter"]
    agenda = (
        'Tutor: For today, we will focus on "Rounding."\n'
        "Tutor: What is the place value of 2 in 521?\nStudent: 200\n"
        "Tutor: The question was to find the place value of 2 in 521.\n"
    )
    assert E + "rounding_and_estimation" in kb_ids(agenda)


def test_an_asked_term_outside_the_uploaders_subject_grounds_nothing() -> None:
    text = "Coach: Which line do you prefer here?\nLearner: The Najdorf, I think.\n"
    assert all(c.kb_id is None for c in analyze(text, subject_hint="Chess").concepts)


def test_scoring_talk_and_chit_chat_stay_silent() -> None:
    text = (
        "Tutor: Now it's time for you to prove you've mastered this lesson!\n"
        "Tutor: Is that your final answer?\nStudent: yes\n"
        "Tutor: Plus 1 point for your try. +3 points is added to your scoreboard.\n"
        "Tutor: We will continue to work on this topic so you can score 100% on the exit ticket!\n"
        "Tutor: We are running out of time. Please fill in the feedback form. Bye!\n"
    )
    result = analyze(text, subject_hint="Math")
    assert result.concepts == []
    assert NO_TOPIC in result.summary
    assert (
        without_scoring("Great job! Plus 2 points for your effort.").strip(" .")
        == "Great job! Plus"
    )


def test_a_multi_step_drill_keeps_the_operations_it_uses() -> None:
    text = (
        "Tutor: What is 9 times 6?\nStudent: 54\nTutor: Well done! Plus 1 point.\n"
        "Tutor: We need to add the remainder 1 with 54.\nTutor: What is 54+1?\nStudent: 55\n"
    )
    assert E + "multiplication_facts" in kb_ids(text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Teacher: A human cell has 46 chromosomes. During mitosis the cell divides in two.\n"
            "Student: So each new cell has 46 chromosomes?\n"
            "Teacher: Yes, mitosis keeps the chromosome number.\n",
            "Biology",
        ),
        (
            "Tutor: The train left at 10:15 and arrived at noon. Why was the railroad important?\n"
            "Student: it moved goods west\n"
            "Tutor: Yes, the transcontinental railroad linked the coasts.\n",
            "U.S. History",
        ),
        (
            "Tutor: Which shape is the main character's journey in this novel?\n"
            "Student: a circle, he comes home\n"
            "Tutor: Yes, the theme of the story is about returning home.\n",
            "English Reading & Literature",
        ),
    ],
)
def test_a_worked_problems_shape_does_not_turn_another_subject_into_math(
    text: str, subject: str
) -> None:
    result = analyze(text)
    assert result.subject == subject
    assert all(not (c.kb_id or "").startswith(E) for c in result.concepts)
