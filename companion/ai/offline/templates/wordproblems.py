"""Story problems for grades 3-5: multi-step word problems and multiplicative comparison.

Every story has a whole-number answer that is never negative; its distractors are the
answers a student gets by stopping after one step or by adding instead of multiplying.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from companion.ai.offline.templates.common import checked, level, make, options, template
from companion.ai.schemas import Difficulty, Problem

NAMES = ("Maya", "Leo", "Priya", "Sam", "Ana", "Omar", "Zoe", "Ben", "Lena", "Jamal")
ITEMS = ("notebooks", "pens", "sticker books", "markers")
THINGS = ("stickers", "marbles", "cards", "shells", "beads")
STEPS_HINT = "Find what the question asks for, then decide what you must work out first."

Story = tuple[str, int, list[str], list[int]]  # question, answer, steps, slips


def _wrong(value: int, slips: list[int], rng: random.Random) -> list[str]:
    """Distractors: the one-step slips first, then near misses; never negative."""
    near = [value + 1, value - 1, value + 10, value - 10, value * 2, value + 5]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v >= 0 and v != value]


def _shopping(rng: random.Random, difficulty: Difficulty) -> Story:
    """Buy several of one thing (and one of another), pay with a bill: the change."""
    name = rng.choice(NAMES)
    many = rng.choice(ITEMS)
    count, price = rng.randint(2, level(difficulty, 5, 6, 8)), rng.randint(2, 9)
    extra = rng.randint(2, 9) if difficulty != "easy" else 0
    cost = count * price + extra
    bill = next(b for b in (10, 20, 50, 100) if b > cost)
    change = bill - cost
    assert change > 0 and change + extra + count * price == bill
    also = f" and a lunch box for {extra} dollars" if extra else ""
    question = (
        f"{name} buys {count} {many} for {price} dollars each{also}. "
        f"{name} pays with a {bill}-dollar bill. How much change does {name} get, in dollars?"
    )
    steps = [f"Cost of the {many}: {count} × {price} = {count * price} dollars."]
    if extra:
        steps.append(f"Add the lunch box: {count * price} + {extra} = {cost} dollars.")
    steps.append(f"Change: {bill} - {cost} = {change} dollars.")
    return question, change, steps, [cost, bill - count * price, bill - price - extra]


def _sharing(rng: random.Random, difficulty: Difficulty) -> Story:
    """Start with some, get packs of more, share them all equally."""
    name, things = rng.choice(NAMES), rng.choice(THINGS)
    friends = rng.randint(2, level(difficulty, 4, 6, 8))
    packs, per_pack = rng.randint(2, 5), rng.randint(3, 10)
    each = rng.randint(3, 12)
    start = friends * each - packs * per_pack
    start = start if start > 0 else start + friends * rng.randint(2, 4) * per_pack
    total = start + packs * per_pack
    assert total % friends == 0 and total // friends * friends == total
    share = total // friends
    question = (
        f"{name} has {start} {things}. {name} buys {packs} packs with {per_pack} {things} in each "
        f"pack, then shares all the {things} equally among {friends} friends. "
        f"How many {things} does each friend get?"
    )
    steps = [
        f"{things.capitalize()} in the packs: {packs} × {per_pack} = {packs * per_pack}.",
        f"All the {things}: {start} + {packs * per_pack} = {total}.",
        f"Share equally: {total} ÷ {friends} = {share}.",
    ]
    return question, share, steps, [total, packs * per_pack, start + packs + per_pack]


def _rates(rng: random.Random, difficulty: Difficulty) -> Story:
    """A rate over two stretches of time, then how much of a job is left."""
    rate = rng.randint(level(difficulty, 2, 5, 12), level(difficulty, 9, 15, 25))
    morning, afternoon = rng.randint(2, 9), rng.randint(2, 9)
    done = rate * (morning + afternoon)
    job = (done // 100 + 1) * 100 + rng.choice([0, 50, 100])
    left = job - done
    assert left > 0 and done == rate * morning + rate * afternoon
    question = (
        f"A printer prints {rate} pages a minute. It prints for {morning} minutes in the "
        f"morning and {afternoon} minutes in the afternoon. The whole job is {job} pages. "
        "How many pages are still left to print?"
    )
    steps = [
        f"Morning: {rate} × {morning} = {rate * morning} pages.",
        f"Afternoon: {rate} × {afternoon} = {rate * afternoon} pages.",
        f"Printed: {rate * morning} + {rate * afternoon} = {done}; left: {job} - {done} = {left}.",
    ]
    return question, left, steps, [done, job - rate * morning, job - rate - morning - afternoon]


def _backwards(rng: random.Random, difficulty: Difficulty) -> Story:
    """Working backwards: undo each step in reverse order to find the start."""
    name, things = rng.choice(NAMES), rng.choice(THINGS)
    gave, won, now = rng.randint(3, 20), rng.randint(3, 20), rng.randint(10, 40)
    if difficulty == "hard":  # gave away half, then gave some more
        start = 2 * (now + gave)
        question = (
            f"{name} had some {things}. {name} gave half of them to a friend, then gave {gave} "
            f"more to a brother. Now {name} has {now} {things}. How many did {name} start with?"
        )
        steps = [
            f"Work backwards. Before giving {gave} away: {now} + {gave} = {now + gave}.",
            f"That was half of the {things}, so double it: 2 × {now + gave} = {start}.",
        ]
        assert (start // 2) - gave == now
        return question, start, steps, [now + gave, 2 * now + gave, now * 2]
    now = max(now, won + 1)
    start = now - won + gave
    question = (
        f"{name} had some {things}. {name} gave away {gave}, then won {won} more. "
        f"Now {name} has {now} {things}. How many {things} did {name} start with?"
    )
    steps = [
        f"Work backwards. Undo winning {won}: {now} - {won} = {now - won}.",
        f"Undo giving away {gave}: {now - won} + {gave} = {start}.",
    ]
    assert start - gave + won == now and start > gave
    return question, start, steps, [now + won - gave, now + won + gave, now - won - gave]


STORIES: dict[str, tuple[Callable[[random.Random, Difficulty], Story], ...]] = {
    "easy": (_shopping, _backwards),
    "medium": (_shopping, _sharing, _rates, _backwards),
    "hard": (_shopping, _sharing, _rates, _backwards),
}


@template("multi_step_word")
def multi_step_word(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A two- or three-step story problem: shopping, sharing, rates or working backwards."""
    story = rng.choice(STORIES[difficulty])
    question, value, steps, slips = checked(lambda: story(rng, difficulty), lambda s: s[1] > 0)
    choices = options(rng, str(value), _wrong(value, slips, rng)) if difficulty == "easy" else None
    return make(question, str(value), steps, STEPS_HINT, difficulty, choices=choices)


@template("multiplicative_comparison")
def multiplicative_comparison(rng: random.Random, difficulty: Difficulty) -> Problem:
    """'Times as many': find the bigger amount, the smaller one, or how many times."""
    small, times = rng.randint(2, level(difficulty, 9, 12, 25)), rng.randint(2, 9)
    big = small * times
    first, second = rng.sample(NAMES, 2)
    things = rng.choice(THINGS)
    assert big // times == small and big % small == 0
    kind = level(difficulty, "bigger", rng.choice(["bigger", "smaller"]), "times")
    if kind == "bigger":
        question = (
            f"{first} has {small} {things}. {second} has {times} times as many {things} as "
            f"{first}. How many {things} does {second} have?"
        )
        value, steps = big, [f"{times} times as many means multiply: {small} × {times} = {big}."]
        slips = [small + times, big + small, big - small]
    elif kind == "smaller":
        question = (
            f"{second} has {big} {things}. That is {times} times as many as {first} has. "
            f"How many {things} does {first} have?"
        )
        value = small
        steps = [
            f"{big} is {times} times {first}'s amount, so divide: {big} ÷ {times} = {small}.",
            f"Check: {small} × {times} = {big}.",
        ]
        slips = [big - times, big + times, big * times]
    else:
        question = (
            f"A tree is {big} feet tall and a bush is {small} feet tall. "
            "How many times as tall as the bush is the tree?"
        )
        value = times
        steps = [
            f"Divide the bigger height by the smaller: {big} ÷ {small} = {times}.",
            f"Check: {small} × {times} = {big}.",
        ]
        slips = [big - small, big + small, times + 1]
    hint = "Times as many means multiply; to find the smaller amount or how many times, divide."
    choices = options(rng, str(value), _wrong(value, slips, rng)) if difficulty != "hard" else None
    return make(question, str(value), steps, hint, difficulty, choices=choices)
