"""The grading eval suites meet their goals on a sample of the dev sets (bench/data)."""

import pytest

from companion.evals import DEFAULT_DATA, run_suites
from companion.evals._typing import change_number, drop_factor, flip_sign, gradable, typed

SAMPLE = 150  # records per data set: enough for every kind of form, quick to grade

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA / "gsm8k_train1000.jsonl").exists(), reason="bench/data is not present"
)


def figures(name: str) -> dict:
    return {f.name: f for f in run_suites([name], limit=SAMPLE)[name]}


def test_gsm8k_equivalent_forms_are_accepted_and_wrong_kinds_rejected():
    got = figures("gsm8k")
    accepted, rejected = got["equivalent forms accepted"], got["wrong answers rejected"]
    assert accepted.value >= 0.995 and accepted.ok, accepted.detail
    assert rejected.value >= 0.995 and rejected.ok, rejected.detail
    for kind in ("sentence", "so", "x_equals", "commas", "dollar", "cents", "units", "bare"):
        assert kind in accepted.detail
    for kind in ("off_by_one", "times_ten", "sign", "intermediate", "hedge_or", "m_not_n"):
        assert kind in rejected.detail


def test_openstax_steps_typed_plainly_are_accepted_and_perturbed_rejected():
    got = figures("openstax-steps")
    accepted, rejected = got["typed answers accepted"], got["perturbed answers rejected"]
    assert accepted.value >= 0.98 and accepted.ok, accepted.detail
    assert rejected.value >= 0.98 and rejected.ok, rejected.detail
    skipped = got["steps skipped (not typed math)"]
    assert 0 < skipped.value < 0.4 * skipped.goal  # most steps are graded, prose is not


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        (r"$$\frac{2}{x+2}$$", "2/(x+2)"),
        (r"$$\left(p+7\right) \left(p-1\right)$$", "(p+7)(p-1)"),
        (r"$$\frac{-\sqrt{2}}{2}$$", "(-sqrt(2))/2"),
        (r"$$x^{2}+3 \cdot x$$", "x^2+3x"),
        (r"$$2\sqrt[4]{8}$$", "2(8)^(1/4)"),
        (r"$$30^\circ$$", "30 degrees"),
    ],
)
def test_the_eval_types_authored_latex_the_way_a_student_would(latex, plain):
    assert typed(latex) == plain


def test_perturbations_change_the_value_and_prose_is_skipped():
    assert change_number("3x+12") == "4x+12"
    assert flip_sign("3x+12") == "-(3x+12)"
    assert drop_factor("(x+1)(x-1)") == "(x-1)"
    assert not gradable("The ordered pair is a solution.")
    assert not gradable(r"$$\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}$$")


def test_held_out_phrasings_are_graded_in_both_grading_suites():
    gsm8k, openstax = figures("gsm8k"), figures("openstax-steps")
    for got, names in (
        (gsm8k, ("student phrasings accepted (held out)", "hedges and slips rejected (held out)")),
        (
            openstax,
            (
                "typed in a sentence accepted (held out)",
                "perturbed in a sentence rejected (held out)",
            ),
        ),
    ):
        for name in names:
            assert got[name].ok, got[name].detail
    assert "restated" in gsm8k["student phrasings accepted (held out)"].detail
    assert "between" in gsm8k["hedges and slips rejected (held out)"].detail
