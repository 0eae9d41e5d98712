"""Chemical formulas and their names (written for this test, not taken from any data set):
a student who writes "CO2" where the answer is "Carbon dioxide", or "sodium chloride" where
it is "NaCl", names the same substance, and so does one who writes an element's symbol
("Na") for its name ("sodium"). Another substance stays wrong however alike the two look:
"CO" is not "CO2", "H2O2" is not "H2O", "carbon monoxide" is not "CO2", "Co" (cobalt) is
not "CO".

When written, before the grader was changed for them, 42 of the first 67 cases failed. The
18 marked "added with the change" guard its edges (a formula beside its name, a choice
letter that is also a symbol, a formula for more than the expected name, hedges); 4 of them
failed on the old grader.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

SAME = [
    # formula for name
    ("Carbon dioxide", "CO2"),
    ("carbon dioxide", "co2"),
    ("Water", "H2O"),
    ("water", "h2o"),
    ("Oxygen", "O2"),
    ("Glucose", "C6H12O6"),
    ("Sodium chloride", "NaCl"),
    ("Methane", "CH4"),
    ("Ammonia", "NH3"),
    ("Hydrochloric acid", "HCl"),
    ("Sodium hydroxide", "NaOH"),
    ("Calcium carbonate", "CaCO3"),
    ("Sulfuric acid", "H2SO4"),
    ("Sulphuric acid", "H2SO4"),
    ("Carbon monoxide", "CO"),
    ("Nitrogen", "N2"),
    ("Hydrogen", "H2"),
    ("ATP (adenosine triphosphate)", "ATP"),
    ("Adenosine triphosphate", "ATP"),
    ("Deoxyribonucleic acid", "DNA"),
    ("Carbon dioxide", "CO₂"),
    ("Carbon dioxide", "i think its CO2"),
    ("Carbon dioxide and water", "CO2 and H2O"),
    # name for formula
    ("CO2", "carbon dioxide"),
    ("CO2", "Carbon Dioxide"),
    ("H2O", "water"),
    ("O2", "oxygen"),
    ("O2", "oxygen gas"),
    ("C6H12O6", "glucose"),
    ("NaCl", "sodium chloride"),
    ("NH3", "ammonia"),
    ("CH4", "methane"),
    ("H2SO4", "sulfuric acid"),
    ("DNA", "deoxyribonucleic acid"),
    ("CO2 and H2O", "carbon dioxide and water"),
    # element symbol for name and back
    ("Sodium", "Na"),
    ("Potassium", "K"),
    ("Iron", "Fe"),
    ("Fe", "iron"),
    ("Na", "sodium"),
    ("Chlorine", "Cl"),
    ("Calcium", "Ca"),
    # added with the change
    ("Carbon dioxide", "carbon dioxide (CO2)"),
    ("Carbon dioxide", "CO2 (carbon dioxide)"),
    ("Aluminium", "aluminum"),
    ("Oxygen", "O"),
    ("CO2 / carbon dioxide", "CO2"),
    ("CO2 / carbon dioxide", "carbon dioxide"),
    ("C", "c"),
    ("B", "b"),
    ("K", "k"),
]

OTHER = [
    ("CO2", "CO"),
    ("CO", "CO2"),
    ("Carbon dioxide", "CO"),
    ("Carbon monoxide", "CO2"),
    ("CO2", "carbon monoxide"),
    ("H2O", "H2O2"),
    ("Water", "H2O2"),
    ("H2O", "hydrogen peroxide"),
    ("Oxygen", "O3"),
    ("O2", "ozone"),
    ("Oxygen", "CO2"),
    ("Glucose", "C12H22O11"),
    ("Sodium chloride", "KCl"),
    ("NaCl", "potassium chloride"),
    ("Hydrochloric acid", "H2SO4"),
    ("Sodium", "K"),
    ("Iron", "Fe2O3"),
    ("Iron", "Ir"),
    ("Potassium", "P"),
    ("CO", "Co"),
    ("DNA", "RNA"),
    ("Deoxyribonucleic acid", "RNA"),
    ("ATP", "ADP"),
    ("Carbon dioxide and water", "CO2 and O2"),
    ("Methane", "CO2"),
    # added with the change
    ("Carbon", "CO2"),
    ("Sodium", "NaCl"),
    ("Hydrogen", "H2O"),
    ("CO2 / carbon dioxide", "CO"),
    ("Carbon dioxide", "maybe CO2"),
    ("Carbon dioxide", "CO2 or O2"),
    ("Water", "H2O or CO2"),
    ("C", "carbon monoxide"),
    ("Iodine", "I think"),
]


@pytest.mark.parametrize(("expected", "answer"), SAME)
def test_a_formula_and_its_name_are_one_answer(expected: str, answer: str) -> None:
    grade = grade_values(expected, answer)
    assert grade.correct, (expected, answer, grade.feedback)


@pytest.mark.parametrize(("expected", "answer"), OTHER)
def test_another_substance_stays_wrong(expected: str, answer: str) -> None:
    grade = grade_values(expected, answer)
    assert not grade.correct, (expected, answer, grade.feedback)
