r"""An eleventh set of held-out answer forms (written for this test, not taken from any data
set): a story problem's answer with a unit, money in cents and dollars, a given number named
again after the answer ("15, from the 4 packs"), and a power of ten typed with a spaced E.

Decisions:
- A unit word is accepted when it is the unit the question asks in (its own noun, singular
  or plural, an abbreviation, a compound rate). Where the question names the unit it asks
  in ("how many hours"), another unit of that kind is wrong, converted or not ("16 minutes"
  where 16 hours are asked, and "180 minutes" for 3 hours: the student is to answer in the
  asked unit). A unit of another kind ("4 cm" for a count, "27 minutes" for an age) is wrong.
- Where cents are asked, "$25" and "25 dollars" for 25 cents are wrong ($25 is 2500 cents);
  "25 cents" and "25¢" are right, "$0.25" is not in the asked unit.
- A number the question gives, named again with "the" after or before the answer ("15 in
  total, from the 4 canvases", "from the 6 packs I got 24") is the working, not a second
  answer, even where the answer itself is also a number the question gives; a hedge word
  ("or", "maybe") still keeps both, and the given alone is still wrong.
- A capital E spaced between a number and a whole power ("3.2 E 4", "3.2 E -4") is the
  calculator's power of ten, as "3.2E4" is; a different power stays wrong.

When written, before the grader was changed for them, 10 of the 59 cases failed (measured on
the start commit).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

CUPS = "A baker uses 3 cups of flour for each cake. How many cups does she need for 4 cakes?"
STICKERS = "Maya had 30 stickers and gave 12 to her brother. How many stickers does she have left?"
SPEED = "A cyclist rides 45 miles in 3 hours. How fast does she ride, in miles per hour?"
FEET = "A fence has 7 panels, each 6 feet long. How many feet long is the fence?"
HOURS = "Sam reads 2 hours a night for 8 nights. How many hours does he read in all?"
THREE_HOURS = "A movie marathon has 3 films of 1 hour each. How many hours does it last?"
CENTS = "A pack of 4 pencils costs $1.00. How many cents does one pencil cost?"
CENTS_IN = "Gum costs 75 cents and Lia pays with a dollar. How much change, in cents, does she get?"
SPENT = (
    "Dev spent $60.00 at a craft shop. 4 brushes cost $20.00, a pad cost $15.00, and he spent"
    " the rest on paint. How much did he spend on paint?"
)
LEFT = "Jo had $40.00. She bought 3 notebooks for $15.00 and a bag for $10.00. How much is left?"
PACKS = "Each pack holds 6 cards. Ana buys 4 packs. How many cards does she have?"
PACKS_GIVEN = "Ana buys 4 packs of 6 cards and 24 loose stickers. How many cards does she have?"
INCHES = (
    "A plant was 5 inches tall and grew 3 inches a week for 4 weeks. How tall is it now, in inches?"
)
YEARS = "Ravi is 9 years old and his aunt is 3 times his age. How many years old is his aunt?"
TIMES = "A pool is 50 meters long. How many times must Kai swim its length to swim 400 meters?"
SCIENCE = "Write the answer as a decimal number."


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        ("12", "12 cups", CUPS),
        ("12", "she needs 12 cups of flour", CUPS),
        ("18", "18 stickers", STICKERS),
        ("18", "18 stickers left", STICKERS),
        ("15", "15 mph", SPEED),
        ("15", "15 miles per hour", SPEED),
        ("15", "15 miles/hour", SPEED),
        ("42", "42 feet", FEET),
        ("42", "42 ft", FEET),
        ("16", "16 hours", HOURS),
        ("16", "16 hrs", HOURS),
        ("3", "3 hours", THREE_HOURS),
        ("25", "25 cents", CENTS),
        ("25", "25¢", CENTS),
        ("25", "25 cents change", CENTS_IN),
        ("25", "25", CENTS_IN),
        ("25", "25 in total, from the 4 brushes", SPENT),
        ("25", "25, from the 4 brushes", SPENT),
        ("25", "$25, after the 15 for the pad", SPENT),
        ("15", "$15 left, after the 3 notebooks and the bag", LEFT),
        ("15", "15 in total, from the 40", LEFT),
        ("15", "15, from the 3 notebooks", LEFT),
        ("24", "24 cards, from the 4 packs", PACKS),
        ("24", "from the 4 packs I got 24", PACKS),
        ("24", "24 cards from the 4 packs", PACKS_GIVEN),
        ("17", "17 inches", INCHES),
        ("27", "27 years old", YEARS),
        ("8", "8 times", TIMES),
        ("32000", "3.2 E 4", SCIENCE),
        ("32000", "3.2 E+4", SCIENCE),
        ("0.00032", "3.2 E -4", SCIENCE),
        ("0.00032", "3.2E -4", SCIENCE),
        ("5000", "5 E 3", SCIENCE),
    ],
)
def test_a_right_answer_with_its_unit_or_working_is_accepted(expected, answer, question):
    assert grade_values(expected, answer, question=question).correct, answer


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        ("16", "16 minutes", HOURS),
        ("3", "180 minutes", THREE_HOURS),
        ("25", "$0.25", CENTS),
        ("3", "3 minutes", THREE_HOURS),
        ("42", "42 cm", FEET),
        ("42", "42 miles", FEET),
        ("17", "17 cm", INCHES),
        ("27", "27 minutes", YEARS),
        ("8", "8 cm", TIMES),
        ("25", "$25", CENTS),
        ("25", "25 dollars", CENTS),
        ("25", "$25.00", CENTS_IN),
        ("12", "13 cups", CUPS),
        ("25", "4 brushes", SPENT),
        ("24", "4 packs of 6 cards", PACKS_GIVEN),
        ("25", "25 or the 4", SPENT),
        ("25", "maybe 25, from the 4 brushes", SPENT),
        ("25", "the 15 for the pad", SPENT),
        ("24", "25 cards, from the 4 packs", PACKS),
        ("15", "3, from the 15", LEFT),
        ("15", "10 or the 15", LEFT),
        ("15", "the 3 notebooks", LEFT),
        ("24", "the 4 packs", PACKS),
        ("32000", "3.2 E 5", SCIENCE),
        ("32000", "3.2 E 4 or 3.2 E 5", SCIENCE),
        ("0.00032", "3.2 E 4", SCIENCE),
    ],
)
def test_a_wrong_unit_or_number_stays_wrong(expected, answer, question):
    assert not grade_values(expected, answer, question=question).correct, answer
