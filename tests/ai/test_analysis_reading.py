"""Reading chat as students and tutors type it: misspelled math terms, "parenthesis" for
"parentheses", "factor it out", and the worked problem's shape (equal groups, a letter for a
quantity, an x/y table, two points of a slope, a conversion factor, the operation asked
about), while real words that look like slips and chit-chat stay what they are."""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import NO_TOPIC, analyze
from companion.ai.offline.matching import stem
from companion.ai.offline.spelling import kb_speller, one_slip
from companion.ai.offline.wordsenses import joined_particles

E = "elementary_math."


def kb_ids(text: str, hint: str = "Math") -> list[str]:
    return [c.kb_id or "" for c in analyze(text, subject_hint=hint).concepts[:5]]


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("perimiter", "perimeter"),  # a vowel for a vowel
        ("hundreth", "hundredth"),  # a letter missing
        ("pollygon", "polygon"),  # a letter doubled
        ("perpendicualr", "perpendicular"),  # neighbours swapped
        ("multyplying", "multiplying"),
        ("denomiator", "denominator"),
        ("divison", "division"),  # not an inflection of "divis-" for sharing its start
        ("fractoin", "fraction"),
    ],
)
def test_a_slip_of_a_math_term_reads_as_the_term(typed: str, term: str) -> None:
    assert kb_speller().read(typed) == term


@pytest.mark.parametrize(
    "word",
    [
        "butter",  # a consonant changed: a real word, not "better"
        "packed",  # a short word is too often someone's real word
        "multiplied",  # an inflection, not "multiplier"
        "subtracted",
        "calculating",  # not "calculation"
        "customer",  # not "customary"
        "additional",  # not "addition"
        "identify",  # a word the knowledge base itself writes
        "bracelet",  # two slips away from "bracket"
    ],
)
def test_real_words_are_not_read_as_slips(word: str) -> None:
    assert kb_speller().read(word) == word


def test_one_slip_is_a_typing_slip_only() -> None:
    assert one_slip("squre", "square") and one_slip("avarage", "average")
    assert not one_slip("backyard", "backward")  # a consonant for a consonant
    assert not one_slip("popsicle", "possible")


def test_a_misspelled_term_the_student_answers_with_grounds_its_concept() -> None:
    text = (
        "Tutor: Maya wants to put a fence around her garden. What should she measure?\n"
        "Student: the perimiter\n"
    )
    assert kb_ids(text)[:1] == [E + "area_and_perimeter"]


def test_a_misspelled_decimal_place_is_decimals() -> None:
    text = (
        "Tutor: In 3.47, what is the place value of the digit 7?\n"
        "Student: the hundreths place i think\n"
    )
    assert E + "decimals" in kb_ids(text)


def test_parenthesis_and_parentheses_are_one_term() -> None:
    assert stem("parentheses") == stem("parenthesis") == "parenthesis"
    text = "Tutor: Work out the first parenthesis, then the second parenthesis.\nStudent: ok\n"
    assert kb_ids(text)[:1] == ["pre_algebra.order_of_operations"]


def test_a_phrasal_verb_reads_whole_around_its_pronoun() -> None:
    assert joined_particles(["factor", "it", "out"]) == ["factor", "out"]
    assert joined_particles(["round", "them", "up"]) == ["round", "up"]
    assert joined_particles(["is", "it", "right"]) == ["is", "it", "right"]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Tutor: There are 6 boxes. How many pencils are in each box?\nStudent: 8\n"
            "Tutor: So how many pencils are there in all?\nStudent: 14\n",
            E + "multiplication_facts",
        ),
        (
            "Tutor: Let m be the number of marbles Sam has.\nStudent: ok\n",
            "pre_algebra.algebraic_expressions",
        ),
        (
            "Tutor: Look at the table. The x's go up by 1 and the y's go up by 4.\nStudent: 20\n",
            "algebra_1.functions",
        ),
        ("Tutor: What is the value of x2 for the second point?\nStudent: 7?\n", "algebra_1.slope"),
        (
            "Tutor: Multiply 5 km by 1000 m / 1 km.\nStudent: 5000\n",
            E + "measurement_and_unit_conversion",
        ),
        (
            "Student: do i subtract the two numbers\nTutor: Yes, that is the way.\n",
            E + "addition_and_subtraction_with_regrouping",
        ),
        ("Student: should we divide them?\nTutor: Yes.\n", E + "long_division"),
        (
            "Tutor: How does the oak compare with the bush?\nStudent: 6 times\n",
            E + "multiplicative_comparison",
        ),
        (
            "Tutor: Now 936 shared by 24. Start with the first two digits: 93.\nStudent: 3\n",
            E + "long_division",
        ),
        (
            "Tutor: 2/3 is a fraction less than 1, so the product will be less than 60.\n"
            "Student: so 40\n",
            E + "multiplying_fractions",
        ),
    ],
)
def test_the_worked_problem_names_its_skill(text: str, concept: str) -> None:
    assert concept in kb_ids(text), kb_ids(text)


def test_sharing_a_total_into_boxes_is_division_not_equal_groups() -> None:
    text = "Tutor: 24 pencils are shared equally by 4 boxes. How many pencils are in each box?\n"
    ids = kb_ids(text + "Student: 6\n")
    assert E + "long_division" in ids and E + "multiplication_facts" not in ids, ids


def test_chit_chat_with_real_words_that_look_like_slips_stays_silent() -> None:
    text = (
        "Tutor: Did you have lunch?\nStudent: yes a butter sandwich\n"
        "Tutor: Nice! Is that your final answer?\nStudent: yes\n"
    )
    result = analyze(text, subject_hint="Math")
    assert result.concepts == [] and NO_TOPIC in result.summary


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Tutor: Draw the line of reflection first.\nStudent: the y-axis?\n"
            "Tutor: Yes. Where does point A land when it is reflected across the y-axis?\n",
            "geometry.transformations",
        ),
        (
            "Tutor: Does a star have rotational symmetry?\nStudent: yes\n",
            E + "symmetry",
        ),
        (
            "Tutor: Find the mean absolute deviation of 2, 4 and 9.\nStudent: 5 is the mean\n",
            "statistics.standard_deviation",
        ),
        (
            "Tutor: A red chip and a yellow chip make a zero pair. How many zero pairs are there?\n"
            "Student: 4\n",
            "pre_algebra.integer_operations",
        ),
        (
            "Tutor: Our function machine adds 4 to each input.\nStudent: 9\n",
            "algebra_1.functions",
        ),
        (
            "Tutor: Does the graph go through the origin?\nStudent: yes so it is proportional\n",
            "pre_algebra.proportions",
        ),
        (
            "Tutor: The volume is pi r squared h. The radius of the cylinder is 3.\nStudent: 28\n",
            "geometry.volume_and_surface_area",
        ),
    ],
)
def test_k12_lesson_vocabulary_names_its_concept(text: str, concept: str) -> None:
    assert concept in kb_ids(text), kb_ids(text)
