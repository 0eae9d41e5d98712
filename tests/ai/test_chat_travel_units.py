"""Speed, distance and time as K-12 students type them: the answer comes in the units the
question asks in, with the working in those units.

The rule: distance = speed × time in the speed's own units when the speed and the time share a
unit of time ("80 km/h for 3 hours" -> 80 × 3 = 240 km, no metres and seconds); when they
differ, the time is converted to the speed's unit of time first and the conversion is shown
("30 min ÷ 60 = 0.5 h"); a time given in parts ("2 hours and 30 minutes") counts every part;
an answer asked "in meters" is converted at the end. A physics question in SI (m/s with
seconds) keeps its SI working. Every expected answer was computed by hand (1 h = 60 min,
1 km = 1000 m, 1 mile = 5280 ft).

31 of 43 failed on the code before the rules were written: 20 of the first 30, 8 of the 9
in the second batch (times in words, trips in legs, a speed over a time in parts) and 3 of the
4 in the third (a unit rate over time scaled to a time in another unit), each batch written
after the rule before it and run against the code before its own rule. The others guard
behaviour that already held: times from a distance, SI physics, a refused conversion,
speeds from a distance and a time."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_all

# (question, what the reply must all say, what it must never say)
QUESTIONS: list[tuple[str, tuple[str, ...], str]] = [
    # same unit of time: the answer and working in the question's units
    ("a car goes 80 km/h for 3 hours, how far", ("**240 km", "80 km/h × 3"), "m/s"),
    ("a car travels at 80 km/h for 3 hours how far does it go", ("**240 km",), "10800 s"),
    (
        "if a train goes 120 km per hour for 4 hours what distance does it cover",
        ("**480 km", "120 km/h × 4"),
        "m/s",
    ),
    ("a person walks at 5 km/h for 2 hours how far", ("**10 km",), "m/s"),
    ("a car travels 80km/h for 3h. find the distance", ("**240 km",), "m/s"),
    ("a truck drives 65 km/h for 4 hours how far did it go", ("**260 km",), "18.1"),
    ("a car drives for 2 hours at 70 km/h how far", ("**140 km",), "m/s"),
    ("how far will a car go in 5 hours at 60 km/h", ("**300 km",), "m/s"),
    (
        "a bus travels at 50 kilometers per hour for 2.5 hours. how many km does it travel",
        ("**125 km",),
        FALLBACK,
    ),
    ("if you walk 4 miles per hour for 3 hours how far do you walk", ("**12 miles",), "m/s"),
    ("a snail moves 2 cm per second for 30 seconds how far does it go", ("**60 cm",), FALLBACK),
    ("a walker goes 80 m per minute for 15 minutes how far", ("**1200 m",), "m/s"),
    # different units of time: the time converted to the speed's unit, the conversion shown
    ("a car goes 60 km/h for 30 minutes how far", ("**30 km", "30 min ÷ 60"), "16.7"),
    ("a cyclist rides at 15 km/h for 90 minutes, how far does she ride", ("**22.5 km",), "4.17"),
    ("a plane flies at 600 km/h. how far in 45 minutes", ("**450 km", "45 min ÷ 60"), "≈ 167"),
    ("a boat goes 12 km/h for 20 minutes how far", ("**4 km", "20 min ÷ 60"), "≈ 3.33"),
    ("a train travels at 90 km/h for 40 minutes how far", ("**60 km", "40 min ÷ 60"), FALLBACK),
    # a time in parts counts every part
    (
        "a car is going 100 km/h how far does it go in 2 hours and 30 minutes",
        ("**250 km", "2.5 h"),
        "**200",
    ),
    ("a jogger runs 10 km/h for 1 hour 30 minutes how far", ("**15 km",), "**10 km"),
    ("a car drives 60 mph for 1 hour and 15 minutes how far", ("**75 miles",), "**60 miles"),
    # an answer asked in another unit is converted at the end
    ("a car goes 80 km/h for 3 hours, how far in meters", ("**240000 m", "240 km"), "m/s"),
    # SI physics keeps its SI working
    ("a ball rolls at 4 m/s for 10 s how far does it go", ("**40 m", "d = v t"), "km"),
    ("a runner runs at 3 m/s for 2 minutes how far", ("**360 m", "2 min = 120 s"), FALLBACK),
    ("a car goes 90 km/h for 20 minutes how far does it go", ("**30 km",), "**90"),
    # times said in words, a trip in legs, a speed over a time in parts (second batch)
    (
        "a car travels 60 km per hour. how far will it travel in 2 and a half hours",
        ("**150 km",),
        FALLBACK,
    ),
    ("a bike goes 18 km/h how far in half an hour", ("**9 km",), FALLBACK),
    ("a car goes 60 km/h for an hour and a half how far", ("**90 km",), FALLBACK),
    (
        "A train travels at a speed of 80 km/h for 2 hours and then 60 km/h for 3 hours. "
        "What is the total distance?",
        ("**340 km", "160 km + 180 km"),
        "**160",
    ),
    (
        "a car goes 80 km/h for 3 hours then 40 km/h for 1 hour. what is the average speed",
        ("**70 km/h", "280 km"),
        "**60",
    ),
    ("a plane flies 2400 km in 3 hours 20 minutes what is its speed", ("**720 km/h",), "**800"),
    ("a train going 150 km/h for 2 h 20 min how far", ("**350 km",), FALLBACK),
    ("how long to go 90 m at 3 m per second", ("**30 seconds",), FALLBACK),
    ("a car goes 72 km/h for 10 s how far", ("**200 m", "72 km/h = 20 m/s"), "**0.2"),
    # a unit rate over time scaled to a time in another unit (third batch)
    ("a tap fills 15 liters per minute how many liters in 2 hours", ("**1800 liters",), FALLBACK),
    ("a machine makes 30 toys per hour how many toys in 90 minutes", ("**45 toys",), "**2700"),
    ("a printer prints 12 pages per minute how many pages in 1.5 hours", ("**1080",), "**18"),
    ("how many liters in 2 hours", ("can't be converted",), "**"),
    # times and speeds that already held
    ("how long does it take to drive 240 km at 80 km/h", ("**3 hours",), "m/s"),
    ("how long will it take to travel 150 km at 60 km/h", ("**2.5 hours",), "m/s"),
    ("a car travels 240 km in 3 hours what is its average speed", ("**80 km per hour",), "m/s"),
    ("she walks 6 km in 1.5 hours what is her speed", ("**4 km per hour",), "m/s"),
    ("how many minutes does it take to walk 2 km at 6 km/h", ("**20 minutes",), FALLBACK),
    ("convert 72 km/h to m/s", ("**20 meters per second",), FALLBACK),
]


@pytest.mark.parametrize(("question", "expected", "never"), QUESTIONS)
def test_a_travel_question_is_answered_in_the_units_it_asks_in(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_all(question, expected, never)
