"""Held-out sessions on where a misconception and a key point are filed, what counts as a key
point, and transcripts in caption and MathDial form: the chemistry demo's "fewer moles" idea
filed under the mole because the answer says "moles" though the tutor asked about the limiting
reactant and fixed it with the limiting reactant; a confirmation that only names the concept
("Yes, that's the distributive property.") shown as a key point; a session that moves from one
topic to the next (fractions then decimals, mitosis then meiosis) with key points and
misconceptions leaking into the other topic; WebVTT and SRT captions with "Name:" prefixes,
voice tags and cues split over several lines; and MathDial dialogues where the student
insists on a wrong answer before correcting it (one misconception, resolved) or never does.

18 of these 33 cases fail on the unchanged code (base e19d53e). The first 22 were written
before any engine change (11 failed; one more, the area-then-perimeter case, was itself wrong:
its tutor gave the answer away, so "told" was right, and it was reworded before any fix); the
next 8 (percents then ratios onwards) were written after the first fixes, and 2 of them failed
on the engine of that moment (the ratio rule hidden as a "repeat" of a shorter sentence; the
MathDial sub-question, which asked for an answer the tutor later corrected, expected as
"wrong" where it is "unconfirmed": that assertion was loosened to what is true of it). The
last 3 (the bracket slip, where the problem stands, adding the denominators) were written
with their fixes, as guards; all 3 fail on the unchanged code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import TranscriptAnalysis
from tests.ai.analysisprobes import ids, points

DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo"
RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"


def judged(text: str, filename: str = "") -> list[str]:
    """The outcome of each of the student's answers, in order (the tutor's help aside)."""
    turns = parse_transcript(text, filename).turns
    return [a.outcome for a in find_attempts(turns) if a.outcome not in ("helped", "confused")]


def concept(result: TranscriptAnalysis, kb_id: str):
    found = [c for c in result.concepts if c.kb_id == kb_id]
    assert found, ids(result)
    return found[0]


def filed_under(result: TranscriptAnalysis, words: str) -> list[str]:
    """The concepts whose misconceptions quote `words`."""
    return [c.kb_id or "" for c in result.concepts if any(words in m for m in c.misconceptions)]


def all_misconceptions(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


# -- a misconception under the concept the question and the fix are about -----------------------


def test_the_chemistry_demo_files_fewer_moles_under_the_limiting_reactant() -> None:
    name = "chemistry_stoichiometry.srt"
    result = analyze((DEMO / name).read_text(), filename=name)
    assert filed_under(result, "fewer moles") == ["chemistry.limiting_reactant_and_percent_yield"]
    # the tutor's reasoning about oxygen running out is about the limiting reactant too
    mole = concept(result, "chemistry.the_mole_and_molar_mass")
    assert not any("limiting reactant" in p for p in mole.key_points), mole.key_points
    # the summary names where the student struggled, both times
    assert "Limiting reactant" in result.summary, result.summary


LIMITING = (
    "Tutor: Let's practise limiting reactants. N2 + 3H2 -> 2NH3. You have 2 moles of N2 and 3 "
    "moles of H2. Which is the limiting reactant?\n"
    "Student: N2, because there are fewer moles of it.\n"
    "Tutor: Not quite. You have to use the mole ratio: 2 moles of N2 would need 6 moles of H2, "
    "and you only have 3, so hydrogen is the limiting reactant.\n"
    "Student: Oh, so H2 runs out first and N2 is in excess.\n"
    "Tutor: Exactly. The limiting reactant is the one that runs out first, not the one with "
    "fewer moles.\n"
)


def test_a_limiting_reactant_slip_that_says_moles_is_a_limiting_reactant_misconception() -> None:
    result = analyze(LIMITING, subject_hint="Chemistry")
    assert filed_under(result, "fewer moles of it") == [
        "chemistry.limiting_reactant_and_percent_yield"
    ]
    assert judged(LIMITING) == [WRONG, AFTER]


def test_a_molar_mass_slip_stays_under_the_mole() -> None:
    """Guard: an answer about grams and moles, asked and fixed with molar mass, is the mole's."""
    text = (
        "Tutor: What is the molar mass of CO2?\n"
        "Student: 28 grams per mole\n"
        "Tutor: Not quite, that is carbon monoxide. CO2 has two oxygens: 12 + 16 + 16 = 44 "
        "grams per mole.\n"
        "Student: so 44 g/mol\n"
        "Tutor: Correct. So how many moles are in 88 grams of CO2?\n"
        "Student: 88 divided by 44 is 2 moles\n"
        "Tutor: Perfect.\n"
    )
    result = analyze(text, subject_hint="Chemistry")
    assert filed_under(result, "28 grams per mole") == ["chemistry.the_mole_and_molar_mass"]


# -- key points say something, not only that an answer was right --------------------------------

THIN = [
    "Yes, that's the distributive property.",
    "Right, that's called the distributive property.",
    "Correct, that is exactly the distributive property.",
]


@pytest.mark.parametrize("thin", THIN)
def test_a_confirmation_that_only_names_the_concept_is_no_key_point(thin: str) -> None:
    text = (
        "Tutor: Let's expand 4(x + 2). What do you do with the 4?\n"
        "Student: multiply it by x and by 2, so 4x + 8\n"
        f"Tutor: {thin} The number outside the brackets multiplies every term inside.\n"
        "Tutor: Now expand 3(2x - 5).\n"
        "Student: 6x - 15\n"
        "Tutor: Great job.\n"
    )
    kept = points(analyze(text, subject_hint="Algebra I"))
    assert thin not in kept, kept
    assert "The number outside the brackets multiplies every term inside." in kept, kept


def test_the_algebra_demo_shows_no_bare_confirmation_as_a_key_point() -> None:
    result = analyze((DEMO / "algebra_linear_equations.txt").read_text(), subject_hint="Algebra I")
    kept = points(result)
    assert "Yes, that's the distributive property." not in kept, kept
    assert "Distribute the 3 to the x and to the minus 4." in kept, kept


def test_a_biology_confirmation_naming_the_process_is_no_key_point() -> None:
    text = (
        "Tutor: What process do plants use to turn light energy into sugar?\n"
        "Student: photosynthesis\n"
        "Tutor: Yes, that's photosynthesis. It takes in carbon dioxide and water and releases "
        "oxygen.\n"
        "Student: and it happens in the chloroplasts?\n"
        "Tutor: Exactly, the chlorophyll in the chloroplasts absorbs the light.\n"
    )
    kept = points(analyze(text, subject_hint="Biology"))
    assert "Yes, that's photosynthesis." not in kept, kept
    assert any("carbon dioxide and water" in p for p in kept), kept


def test_the_problems_equation_announced_is_no_key_point() -> None:
    name = "chemistry_stoichiometry.srt"
    kept = points(analyze((DEMO / name).read_text(), filename=name))
    assert "Now the balanced equation 2H2 + O2 -> 2H2O." not in kept, kept


# -- one topic, then the next: nothing leaks ----------------------------------------------------

FRACTIONS_THEN_DECIMALS = (
    "Tutor: Let's start with fractions. What is 1/2 + 1/4?\n"
    "Student: 2/6\n"
    "Tutor: Not quite. We can't add the denominators. Write 1/2 as 2/4 first, so both "
    "fractions are in quarters.\n"
    "Student: oh, 2/4 + 1/4 = 3/4\n"
    "Tutor: Yes. With a common denominator we add only the numerators.\n"
    "Tutor: Now let's switch to decimals. Which is bigger, 0.5 or 0.45?\n"
    "Student: 0.45 because 45 is bigger than 5\n"
    "Tutor: Not quite. Compare the tenths first: 5 tenths is more than 4 tenths, so 0.5 is "
    "bigger.\n"
    "Student: so 0.5 is bigger than 0.45\n"
    "Tutor: Exactly. Writing 0.5 as 0.50 makes it easier to compare the decimals with 0.45.\n"
)
ADDING = "elementary_math.adding_and_subtracting_fractions"
DECIMALS = "elementary_math.decimals"


def test_fractions_then_decimals_file_each_misconception_under_its_topic() -> None:
    result = analyze(FRACTIONS_THEN_DECIMALS, subject_hint="Math")
    assert filed_under(result, "2/6") == [ADDING], all_misconceptions(result)
    assert filed_under(result, "45 is bigger than 5") == [DECIMALS], all_misconceptions(result)


def test_fractions_then_decimals_keep_each_key_point_under_its_topic() -> None:
    result = analyze(FRACTIONS_THEN_DECIMALS, subject_hint="Math")
    fractions = concept(result, ADDING).key_points
    decimals = concept(result, DECIMALS).key_points
    assert not any("tenths" in p or "0.5" in p for p in fractions), fractions
    assert not any("denominator" in p for p in decimals), decimals
    assert any("common denominator" in p for p in fractions), fractions
    assert any("tenths" in p for p in decimals), decimals
    assert "Now let's switch to decimals." not in decimals, decimals  # the agenda, no point


MITOSIS_THEN_MEIOSIS = (
    "Tutor: First, mitosis. How many daughter cells does mitosis make?\n"
    "Student: two identical daughter cells\n"
    "Tutor: Right. Mitosis makes two diploid cells with the same chromosomes as the parent "
    "cell.\n"
    "Tutor: Now meiosis. How many chromosomes does a human sperm cell have?\n"
    "Student: 46, same as the other cells\n"
    "Tutor: Not quite. Meiosis halves the chromosome number, so a sperm cell has 23 "
    "chromosomes.\n"
    "Student: oh so it's 23 because meiosis makes haploid cells\n"
    "Tutor: Yes! Crossing over in meiosis also mixes the genes, so the gametes are not "
    "identical.\n"
)


def test_mitosis_then_meiosis_files_the_chromosome_slip_under_meiosis() -> None:
    result = analyze(MITOSIS_THEN_MEIOSIS, subject_hint="Biology")
    assert filed_under(result, "46, same as the other cells") == ["biology.meiosis"], (
        all_misconceptions(result)
    )
    mitosis = concept(result, "biology.mitosis_and_the_cell_cycle").key_points
    assert not any("haploid" in p or "Crossing over" in p for p in mitosis), mitosis
    # what the tutor taught about mitosis, in the mitosis part, is a mitosis point
    said = "Mitosis makes two diploid cells with the same chromosomes as the parent cell."
    assert said in mitosis, mitosis


def test_area_then_perimeter_keeps_the_perimeter_slip_off_area() -> None:
    text = (
        "Tutor: A rectangle is 5 cm long and 3 cm wide. What is its area?\n"
        "Student: 15 square cm\n"
        "Tutor: Correct, area is length times width.\n"
        "Tutor: Now the perimeter of the same rectangle?\n"
        "Student: 8 cm\n"
        "Tutor: Not quite, you added only two sides. The perimeter goes all the way round the "
        "rectangle, so add all four sides.\n"
        "Student: 16 cm\n"
        "Tutor: Yes.\n"
    )
    result = analyze(text, subject_hint="Math")
    lines = all_misconceptions(result)
    assert len(lines) == 1 and "\u201c8 cm\u201d" in lines[0], lines
    assert judged(text) == [RIGHT, WRONG, AFTER]


# -- captions: WebVTT and SRT -------------------------------------------------------------------

VTT_PREFIXED = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
Tutor: What is 3/4 of 20?

2
00:00:05.500 --> 00:00:08.000
Student: is it 12?

3
00:00:08.500 --> 00:00:15.000
Tutor: Not quite. Find one quarter of 20 first,
then take three of those quarters.

4
00:00:15.500 --> 00:00:19.000
Student: one quarter is 5, so three quarters is 15

5
00:00:19.500 --> 00:00:23.000
Tutor: That's right, 3/4 of 20 is 15.
"""


def test_vtt_with_name_prefixes_and_split_cues_reads_as_a_corrected_answer() -> None:
    turns = parse_transcript(VTT_PREFIXED, "lesson.vtt").turns
    assert [t.role for t in turns] == ["tutor", "student", "tutor", "student", "tutor"]
    assert judged(VTT_PREFIXED, "lesson.vtt") == [WRONG, AFTER]
    result = analyze(VTT_PREFIXED, subject_hint="Math", filename="lesson.vtt")
    lines = all_misconceptions(result)
    assert lines and "\u201cis it 12?\u201d" in lines[0], lines
    assert "resolved" in result.summary, result.summary


SRT_NAMED = """1
00:00:00,500 --> 00:00:06,000
MR. PATEL: What is the slope of the line through (1, 2) and (3, 8)?

2
00:00:06,500 --> 00:00:10,000
JORDAN: 2 over 6, so one third

3
00:00:10,500 --> 00:00:18,000
MR. PATEL: Careful, slope is rise over run: the change in y over the change in x.
So it's 6 over 2.

4
00:00:18,500 --> 00:00:21,000
JORDAN: oh so the slope is 3

5
00:00:21,500 --> 00:00:25,000
MR. PATEL: Yes, the slope is 3.
"""


def test_srt_with_named_speakers_reads_the_correction_and_its_fix() -> None:
    turns = parse_transcript(SRT_NAMED, "class.srt").turns
    assert [t.role for t in turns] == ["tutor", "student", "tutor", "student", "tutor"]
    assert judged(SRT_NAMED, "class.srt") == [WRONG, AFTER]
    result = analyze(SRT_NAMED, filename="class.srt")
    assert "algebra_1.slope" in ids(result), ids(result)
    lines = all_misconceptions(result)
    assert lines and "rise over run" in lines[0], lines


VTT_VOICES = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v.teacher Ms. Okafor>Which organelle makes most of the cell's ATP?

00:00:06.500 --> 00:00:09.000
<v.student Sam>The nucleus?

00:00:09.500 --> 00:00:16.000
<v.teacher Ms. Okafor>No, the nucleus holds the DNA. The mitochondria make ATP in cellular respiration.

00:00:16.500 --> 00:00:19.000
<v.student Sam>Oh right, the mitochondria.

00:00:19.500 --> 00:00:24.000
<v.teacher Ms. Okafor>Good. And the ribosomes build proteins.
"""


def test_vtt_voice_tags_with_classes_give_roles_and_a_misconception() -> None:
    turns = parse_transcript(VTT_VOICES, "bio.vtt").turns
    assert [t.speaker for t in turns][:2] == ["Ms. Okafor", "Sam"]
    assert judged(VTT_VOICES, "bio.vtt") == [WRONG, AFTER]
    result = analyze(VTT_VOICES, filename="bio.vtt")
    lines = all_misconceptions(result)
    assert lines and "\u201cThe nucleus?\u201d" in lines[0], lines
    assert "mitochondria make ATP" in lines[0], lines


# -- MathDial: the student insists, then corrects (or never does) --------------------------------

INSISTS_THEN_FIXES = (
    "Teacher: (probing)Can you walk me through how you got 14 fish in each aquarium?\n"
    "Student: The difference is 32 - 4 = 28, and 28 = 2f, so f = 14. There are 14 fish in "
    "each aquarium.\n"
    "Teacher: (focus)Read the question again. Is 28 twice the fish in one aquarium or in "
    "both?\n"
    "Student: I still think it's 14, because 28 divided by 2 is 14.\n"
    "Teacher: (telling)28 is twice the fish in both aquariums, so both together have 14. "
    "Each aquarium has half of that.\n"
    "Student: Oh, I see. 14 divided by 2 is 7, so there are 7 fish in each aquarium.\n"
    "Teacher: (generic)Yes, that's right, 7 fish.\n"
)


def test_a_student_who_insists_then_fixes_it_has_one_resolved_misconception() -> None:
    assert judged(INSISTS_THEN_FIXES)[-1] == AFTER
    assert RIGHT not in judged(INSISTS_THEN_FIXES)
    result = analyze(INSISTS_THEN_FIXES)
    lines = all_misconceptions(result)
    assert len(lines) == 1, lines  # the same 14 given twice is one idea
    assert "the fix was" in lines[0], lines
    assert "resolved by the end" in result.summary, result.summary


INSISTS_TO_THE_END = (
    "Teacher: (probing)How did you work out the cost of 3 notebooks at $2.50 each?\n"
    "Student: 3 + 2.50 = 5.50, so $5.50\n"
    "Teacher: (focus)Should you add or multiply when you have 3 notebooks of the same price?\n"
    "Student: I think adding is right, it's $5.50\n"
    "Teacher: (telling)When each costs the same, we multiply: 3 x 2.50 = 7.50.\n"
    "Student: I still get $5.50.\n"
)


def test_a_student_who_insists_to_the_end_has_an_open_misconception() -> None:
    assert AFTER not in judged(INSISTS_TO_THE_END)
    result = analyze(INSISTS_TO_THE_END)
    lines = all_misconceptions(result)
    assert lines and "5.50" in lines[0], lines
    assert "resolved by the end" not in result.summary, result.summary
    assert all(c.mastery_level < 50 for c in result.concepts), [
        (c.name, c.mastery_level) for c in result.concepts
    ]


def test_mathdial_move_labels_pasted_with_the_text_are_never_quoted() -> None:
    """A dialogue copied with its annotation ("(telling)28 is twice ...") quotes the words."""
    result = analyze(INSISTS_THEN_FIXES)
    quoted = [
        q.split("\u201d")[0] for m in all_misconceptions(result) for q in m.split("\u201c")[1:]
    ]
    assert quoted and not any(q.startswith("(") for q in quoted), quoted
    assert not any(p.startswith("(") for p in points(result)), points(result)


def test_mathdial_corrections_in_many_forms_make_the_answer_wrong() -> None:
    text = (
        "Teacher: (probing)What is 15% of 80?\n"
        "Student: 15% of 80 is 8\n"
        "Teacher: (focus)Hmm, are you sure? 10% of 80 is 8, what about the other 5%?\n"
        "Student: 5% is 4, so 15% of 80 is 12\n"
        "Teacher: (generic)Well done, 12 is correct.\n"
    )
    assert judged(text) == [WRONG, AFTER]


# -- the summary says what resolved it, in the session's own words -------------------------------


def test_the_summary_quotes_the_fix_verbatim() -> None:
    result = analyze(FRACTIONS_THEN_DECIMALS, subject_hint="Math")
    assert "struggled with" in result.summary, result.summary
    for quoted in result.summary.split("\u201c")[1:]:
        assert quoted.split("\u201d")[0] in FRACTIONS_THEN_DECIMALS, quoted


def test_every_key_point_and_quote_is_verbatim_in_a_caption_file() -> None:
    name = "chemistry_stoichiometry.srt"
    text = (DEMO / name).read_text()
    result = analyze(text, filename=name)
    flat = " ".join(t.text for t in parse_transcript(text, name).turns)
    for point in points(result):
        assert point in flat, point
    for line in all_misconceptions(result):
        for quoted in line.split("\u201c")[1:]:
            assert quoted.split("\u201d")[0] in flat, line


# -- more sessions: two topics, hedges, corrections in other words, evidence only ----------------

PERCENTS_THEN_RATIOS = (
    "Tutor: Warm-up on percents: what is 25% of 60?\n"
    "Student: 15\n"
    "Tutor: Correct, a quarter of 60 is 15.\n"
    "Tutor: Now ratios. A recipe uses 2 cups of flour for every 3 cups of milk. What is the "
    "ratio of flour to milk?\n"
    "Student: 3:2\n"
    "Tutor: Close, but the order matters in a ratio. Flour comes first, so it is 2 to 3.\n"
    "Student: oh, 2:3\n"
    "Tutor: Exactly. A ratio compares the quantities in the order they are named.\n"
)


def test_percents_then_ratios_file_the_order_slip_under_ratios() -> None:
    result = analyze(PERCENTS_THEN_RATIOS, subject_hint="Math")
    assert filed_under(result, "\u201c3:2\u201d") == ["pre_algebra.ratios"], all_misconceptions(
        result
    )
    ratio_points = concept(result, "pre_algebra.ratios").key_points
    assert any("in the order they are named" in p for p in ratio_points), ratio_points
    assert judged(PERCENTS_THEN_RATIOS) == [RIGHT, WRONG, AFTER]


SPEED_THEN_FORCE = (
    "Tutor: A cyclist rides 30 km in 2 hours. What is her average speed?\n"
    "Student: 15 km per hour\n"
    "Tutor: Right, speed is distance over time.\n"
    "Tutor: Next, Newton's second law. A 10 kg box is pushed with a net force of 20 N. "
    "What is its acceleration?\n"
    "Student: 200 m/s^2 because F = ma so you multiply\n"
    "Tutor: Not quite. F = ma, so the acceleration is the force divided by the mass.\n"
    "Student: so a = 20 / 10 = 2 m/s^2\n"
    "Tutor: Yes, 2 metres per second squared.\n"
)


def test_speed_then_newtons_second_law_keeps_each_slip_in_its_law() -> None:
    result = analyze(SPEED_THEN_FORCE, subject_hint="Physics")
    assert filed_under(result, "200 m/s^2") == ["physics.newtons_second_law"], all_misconceptions(
        result
    )
    assert judged(SPEED_THEN_FORCE) == [RIGHT, WRONG, AFTER]


def test_corrections_in_other_words_are_corrections() -> None:
    for reply in (
        "Hmm, check your subtraction again.",
        "Almost, but look at the tens column again.",
        "I don't think that's right. Try regrouping.",
        "That's not it yet, remember to regroup from the tens.",
    ):
        text = (
            "Tutor: What is 52 - 27?\n"
            "Student: 35\n"
            f"Tutor: {reply}\n"
            "Student: 25\n"
            "Tutor: Yes, 52 - 27 = 25.\n"
        )
        assert judged(text) == [WRONG, AFTER], reply


def test_a_hedged_right_answer_is_hedged_and_the_summary_does_not_call_it_a_struggle() -> None:
    text = (
        "Tutor: What is the area of a triangle with base 8 cm and height 6 cm?\n"
        "Student: um maybe 24 square cm?\n"
        "Tutor: Yes! Half of base times height, half of 48 is 24.\n"
        "Tutor: And a triangle with base 10 cm and height 4 cm?\n"
        "Student: 20 square cm\n"
        "Tutor: Correct.\n"
    )
    assert judged(text) == ["hedged", RIGHT]
    result = analyze(text, subject_hint="Math")
    assert "struggled" not in result.summary, result.summary
    assert not all_misconceptions(result)


def test_a_topic_only_mentioned_in_passing_is_no_concept() -> None:
    text = (
        "Tutor: How was school today?\n"
        "Student: fine, we started algebra but I don't get it yet\n"
        "Tutor: We can look at that another day. Today: what is 3/4 + 1/8?\n"
        "Student: 4/12\n"
        "Tutor: Not quite, we need a common denominator first. 3/4 is 6/8.\n"
        "Student: so 6/8 + 1/8 = 7/8\n"
        "Tutor: Great job!\n"
    )
    result = analyze(text, subject_hint="Math")
    assert not any(c.kb_id and c.kb_id.startswith("algebra") for c in result.concepts), ids(result)
    assert filed_under(result, "4/12") == [ADDING], all_misconceptions(result)


def test_a_geometry_confirmation_naming_the_theorem_is_no_key_point() -> None:
    text = (
        "Tutor: A right triangle has legs 3 and 4. How long is the hypotenuse?\n"
        "Student: 3 squared plus 4 squared is 25, so the hypotenuse is 5\n"
        "Tutor: Good, that's the Pythagorean theorem. The square of the hypotenuse equals the "
        "sum of the squares of the legs.\n"
        "Tutor: Now legs 6 and 8?\n"
        "Student: 36 + 64 = 100 so 10\n"
        "Tutor: Perfect.\n"
    )
    kept = points(analyze(text, subject_hint="Geometry"))
    assert "Good, that's the Pythagorean theorem." not in kept, kept
    assert any(p.startswith("The square of the hypotenuse") for p in kept), kept


SRT_CONTINUED = """1
00:00:00,000 --> 00:00:05,000
Tutor: Which is bigger, 3/5 or 2/3?

2
00:00:05,500 --> 00:00:08,000
Student: 3/5 because 5 is bigger than 3

3
00:00:08,500 --> 00:00:13,000
Tutor: Not quite. A bigger denominator means smaller pieces.

4
00:00:13,500 --> 00:00:19,000
Let's write them with a common denominator: 9/15 and 10/15.

5
00:00:19,500 --> 00:00:23,000
Student: so 2/3 is bigger, 10/15 is more than 9/15

6
00:00:23,500 --> 00:00:27,000
Tutor: Exactly right.
"""


def test_srt_cues_without_a_name_continue_the_speaker() -> None:
    turns = parse_transcript(SRT_CONTINUED, "fractions.srt").turns
    assert [t.role for t in turns] == ["tutor", "student", "tutor", "student", "tutor"]
    assert judged(SRT_CONTINUED, "fractions.srt") == [WRONG, AFTER]
    result = analyze(SRT_CONTINUED, subject_hint="Math", filename="fractions.srt")
    lines = all_misconceptions(result)
    assert len(lines) == 1 and "5 is bigger than 3" in lines[0], lines
    assert "bigger denominator means smaller pieces" in lines[0], lines


def test_mathdial_told_the_answer_is_not_mastery() -> None:
    text = (
        "Teacher: (probing)How many apples are left if Sam had 24 and gave away a third?\n"
        "Student: A third of 24 is 6, so 24 - 6 = 18 apples are left.\n"
        "Teacher: (focus)What is 24 divided by 3?\n"
        "Student: 24 divided by 3 is 6.\n"
        "Teacher: (telling)24 divided by 3 is 8, so a third is 8 and 24 - 8 = 16 apples are left.\n"
        "Student: Oh, so 16 apples are left.\n"
    )
    outcomes = judged(text)
    assert WRONG in outcomes and not {RIGHT, AFTER} & set(outcomes), outcomes
    assert outcomes[-1] == "told", outcomes
    result = analyze(text)
    assert all(c.mastery_level < 50 for c in result.concepts), [
        (c.name, c.mastery_level) for c in result.concepts
    ]


def test_the_algebra_demo_files_the_bracket_slip_under_the_distributive_property() -> None:
    """The tutor's whole correction says what the slip was about ("Distribute the 3 ...")."""
    result = analyze((DEMO / "algebra_linear_equations.txt").read_text(), subject_hint="Algebra I")
    assert filed_under(result, "Multiply it by x?") == ["algebra_1.distributive_property"], [
        (c.kb_id, c.misconceptions) for c in result.concepts
    ]


def test_where_the_problem_now_stands_is_no_key_point() -> None:
    result = analyze((DEMO / "algebra_linear_equations.txt").read_text(), subject_hint="Algebra I")
    assert "Now the x's are still on both sides." not in points(result), points(result)


def test_a_sum_of_fractions_corrected_for_adding_the_denominators_is_adding_fractions() -> None:
    text = (
        "Tutor: Let's practise fractions. What is 2/5 + 1/3?\n"
        "Student: 3/8\n"
        "Tutor: Not quite, you can't add the denominators. Rewrite both fractions as fifteenths "
        "first.\n"
        "Student: 6/15 + 5/15 = 11/15\n"
        "Tutor: Yes, well done.\n"
    )
    result = analyze(text, subject_hint="Math")
    assert filed_under(result, "3/8") == [ADDING], all_misconceptions(result)
