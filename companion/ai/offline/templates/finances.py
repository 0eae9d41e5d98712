"""Money decisions: profit, what is left in a budget, weeks of saving for something, and
simple interest on savings and loans (I = P × r × t).

Money is written in words ("12.50 dollars") so markdown math never swallows a dollar sign;
interest is written as every chat answer writes money (moneytext: 15, 12.50). A budget's
cents-only amounts keep two decimals always (common.dollars: 45.00).
"""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.moneytext import money
from companion.ai.offline.templates.common import decimal, dollars, make, template
from companion.ai.schemas import Difficulty, Problem

NAMES = ("Mia", "Leo", "Ana", "Sam", "Priya", "Omar", "Grace", "Kai")
STANDS = (
    ("runs a lemonade stand", "cups of lemonade"),
    ("has a table at a bake sale", "cookies"),
    ("has a booth at a craft fair", "bracelets"),
)
SPENDING = (
    "snacks",
    "a movie ticket",
    "school supplies",
    "a gift for a friend",
    "bus fare",
    "a book",
)
GOALS = ("bike", "video game", "pair of skates", "tablet", "telescope", "guitar")


@template("financial_literacy")
def financial_literacy(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Profit from selling, what is left of a budget, or weeks of saving for a goal."""
    name = rng.choice(NAMES)
    if difficulty == "easy":
        return _profit(rng, difficulty, name)
    if difficulty == "medium":
        return _budget_left(rng, difficulty, name)
    return _weeks_to_save(rng, difficulty, name)


def _profit(rng: random.Random, difficulty: Difficulty, name: str) -> Problem:
    stand, goods = rng.choice(STANDS)
    sold, price = rng.randint(8, 30), rng.randint(1, 4)
    income = sold * price
    cost = rng.randint(max(2, income // 4), income - 1)
    profit = income - cost
    assert profit > 0 and profit + cost == sold * price
    question = (
        f"{name} {stand} and sells {sold} {goods} for {price} dollars each. The supplies cost "
        f"{cost} dollars. What is {name}'s profit, in dollars?"
    )
    steps = [
        f"Money earned (income): {sold} × {price} = {income} dollars.",
        f"Profit = income - costs = {income} - {cost} = {profit} dollars.",
    ]
    hint = "Profit is the money left from what was earned after the costs are paid."
    return make(question, str(profit), steps, hint, difficulty)


def _budget_left(rng: random.Random, difficulty: Difficulty, name: str) -> Problem:
    first, second = rng.sample(SPENDING, 2)
    a, b = rng.randint(200, 1800) // 25 * 25, rng.randint(200, 1800) // 5 * 5  # in cents
    saved = rng.randint(1, 4) * 500
    planned = a + b + saved
    budget = (planned // 1000 + rng.randint(1, 4)) * 1000  # whole tens of dollars
    left = budget - planned
    assert left > 0 and left + a + b + saved == budget
    question = (
        f"{name}'s budget for the month is {budget // 100} dollars. {name} plans to spend "
        f"{dollars(a)} dollars on {first} and {dollars(b)} dollars on {second}, and to put "
        f"{saved // 100} dollars into savings. How much money is left in the budget, in dollars?"
    )
    steps = [
        f"Planned spending and saving: {dollars(a)} + {dollars(b)} + {saved // 100} = "
        f"{dollars(planned)} dollars.",
        f"Left: {budget // 100} - {dollars(planned)} = {dollars(left)} dollars.",
    ]
    hint = "Add up everything planned for spending and saving, then subtract it from the budget."
    return make(question, dollars(left), steps, hint, difficulty)


def _weeks_to_save(rng: random.Random, difficulty: Difficulty, name: str) -> Problem:
    goal = rng.choice(GOALS)
    per, have = rng.randint(3, 15), rng.randint(5, 40)
    price = have + per * rng.randint(3, 12) + rng.choice([0, 0, rng.randint(1, per - 1)])
    need = price - have
    weeks = -(-need // per)  # a part week of saving still takes a whole week
    assert weeks * per >= need > (weeks - 1) * per
    question = (
        f"{name} wants a {goal} that costs {price} dollars. {name} has saved {have} dollars and "
        f"saves {per} dollars of allowance each week. How many weeks will it take to save enough?"
    )
    short = f" with {need % per} dollars still missing, so one more week" if need % per else ""
    steps = [
        f"Still needed: {price} - {have} = {need} dollars.",
        f"{need} ÷ {per} = {need // per} full weeks{short}.",
        f"{name} needs {weeks} weeks of saving.",
    ]
    hint = "Find how much is still needed, then how many weekly savings it takes to reach it."
    return make(question, str(weeks), steps, hint, difficulty)


@template("simple_interest")
def simple_interest(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Interest earned, the total paid back on a loan, or the rate or time from the interest."""
    principal, rate, years = rng.randint(2, 40) * 50, rng.randint(2, 9), rng.randint(2, 6)
    interest = sympy.Rational(principal * rate * years, 100)
    assert interest / years == sympy.Rational(principal * rate, 100)  # the same amount each year
    formula = f"I = P × r × t = {principal} × {rate}/100 × {years} = {money(interest)} dollars."
    if difficulty == "easy":
        question = (
            f"A savings account pays {rate}% simple interest per year. How much interest do "
            f"{principal} dollars earn in {years} years, in dollars?"
        )
        hint = "Simple interest is principal times rate times time, with the rate as a decimal."
        return make(question, money(interest), [formula], hint, difficulty)
    if difficulty == "medium":
        total = principal + interest
        question = (
            f"A loan of {principal} dollars charges {rate}% simple interest per year. What is the "
            f"total amount paid back after {years} years, in dollars?"
        )
        steps = [
            formula,
            f"Total = principal + interest = {principal} + {money(interest)} = "
            f"{money(total)} dollars.",
        ]
        hint = "Find the interest with I = prt, then add the amount that was borrowed."
        return make(question, money(total), steps, hint, difficulty)
    if rng.random() < 0.5:
        return _rate_from_interest(difficulty, principal, rate, years)
    return _time_from_interest(difficulty, principal, rate, years)


def _rate_from_interest(difficulty: Difficulty, principal: int, rate: int, years: int) -> Problem:
    interest = sympy.Rational(principal * rate * years, 100)
    per_year = interest / years
    question = (
        f"A deposit of {principal} dollars earned {money(interest)} dollars of simple interest "
        f"in {years} years. What was the annual interest rate?"
    )
    steps = [
        f"Interest per year: {money(interest)} ÷ {years} = {money(per_year)} dollars.",
        f"r = {money(per_year)} ÷ {principal} = {decimal(per_year / principal)}, which is {rate}%.",
    ]
    assert per_year / principal * 100 == rate
    hint = "Solve I = prt for r: divide the interest by the principal times the time."
    return make(question, f"{rate}%", steps, hint, difficulty)


def _time_from_interest(difficulty: Difficulty, principal: int, rate: int, years: int) -> Problem:
    interest = sympy.Rational(principal * rate * years, 100)
    per_year = sympy.Rational(principal * rate, 100)
    assert interest / per_year == years
    question = (
        f"A loan of {principal} dollars at {rate}% simple interest per year cost "
        f"{money(interest)} dollars of interest. For how many years was the money borrowed?"
    )
    steps = [
        f"Interest per year: {principal} × {rate}/100 = {money(per_year)} dollars.",
        f"t = {money(interest)} ÷ {money(per_year)} = {years} years.",
    ]
    hint = "Solve I = prt for t: divide the interest by one year's interest."
    return make(question, str(years), steps, hint, difficulty)
