"""Encouraging nudges chosen by the student's situation, never guilt-tripping."""

from __future__ import annotations

import hashlib

from companion.ai.schemas import Nudge, StudentActivity, Urgency

AWAY_DAYS = 3  # fewer days away than this is a normal gap, not a reason to nudge about it
LONG_AWAY_DAYS = 10
MANY_REVIEWS = 5

# Each situation has several wordings; {name}, {topic}, {days}, {count} are filled in.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "new": (
        "Hi {name}! You're off to a great start with {topic}. A short practice now "
        "helps your first sessions stick.",
        "Welcome, {name}! Early practice on {topic} is the quickest way to make it feel easy.",
        "Nice to have you here, {name}. A few minutes on {topic} today builds a strong base.",
    ),
    "away": (
        "Hi {name}, welcome back whenever you're ready. Your work on {topic} is right where "
        "you left it, "
        "and a quick warm-up is an easy way in.",
        "{name}, it's been {days} days, a perfect time for a fresh start on {topic}. "
        "Five minutes is plenty.",
        "Good to see you, {name}! Picking {topic} back up takes less than you think. "
        "Start small and build from there.",
    ),
    "reviews": (
        "{name}, you have {count} quick reviews ready on {topic}. Reviewing now, right "
        "as it starts to fade, is what makes it last.",
        "Your memory is ready for a refresh, {name}: {count} short reviews on {topic} are waiting.",
        "{count} reviews on {topic} are ready for you, {name}. They only take a few minutes.",
    ),
    "weak": (
        "{name}, {topic} is close to clicking. A few focused problems can get you there.",
        "You're building up {topic}, {name}. A short practice round now moves it forward.",
        "{name}, every try at {topic} makes the next one easier. Ready for a quick round?",
    ),
    "goal": (
        "{name}, your {topic} goal is moving. A short session today keeps it going.",
        "You set a goal for {topic}, {name}, and each practice brings it closer.",
        "{name}, a few minutes on {topic} today is a real step toward your goal.",
    ),
    "steady": (
        "Nice work keeping up with {topic}, {name}! Keep the streak going with a quick practice.",
        "{name}, you're in a good rhythm with {topic}. Another short round keeps it strong.",
        "You're doing great with {topic}, {name}. Try a few new problems today.",
    ),
}


def nudge(activity: StudentActivity, template: int | None = None) -> Nudge:
    """A short message for the student's situation, with a concrete next step (`template`:
    which wording of the situation, e.g. the nudge bandit's choice; default varies by student)."""
    situation = situation_of(activity)
    topic = _topic(situation, activity)
    name = activity.student_name.split()[0] if activity.student_name.strip() else "friend"
    options = TEMPLATES[situation]
    wording = options[template % len(options)] if template is not None else None
    message = (wording or _pick(options, name, activity.days_inactive)).format(
        name=name, topic=topic, days=activity.days_inactive, count=activity.reviews_due
    )
    return Nudge(
        message=message,
        subject=_subject(activity),
        call_to_action=_call_to_action(situation, activity, topic),
        urgency=urgency_of(activity),
    )


def situation_of(activity: StudentActivity) -> str:
    """Which story the nudge tells: new, away, reviews, weak, goal or steady."""
    if activity.session_count < 3:
        return "new"
    if activity.days_inactive >= AWAY_DAYS:
        return "away"
    if activity.reviews_due > 0:
        return "reviews"
    if activity.weakest_concepts:
        return "weak"
    if activity.active_goal_subjects:
        return "goal"
    return "steady"


def urgency_of(activity: StudentActivity) -> Urgency:
    """Longer gaps raise urgency; an active goal or a pile of reviews raises it one step."""
    level = 0
    if activity.days_inactive >= AWAY_DAYS:
        level = 2 if activity.days_inactive >= LONG_AWAY_DAYS else 1
    if activity.reviews_due >= MANY_REVIEWS or (
        activity.active_goal_subjects and activity.days_inactive >= AWAY_DAYS
    ):
        level += 1
    return ("low", "medium", "high")[min(level, 2)]


def _subject(activity: StudentActivity) -> str:
    goals = activity.active_goal_subjects
    return activity.last_subject or (goals[0] if goals else "")


def _topic(situation: str, activity: StudentActivity) -> str:
    """The concept or subject the message names for this situation."""
    weak = activity.weakest_concepts[0] if activity.weakest_concepts else ""
    goal = activity.active_goal_subjects[0] if activity.active_goal_subjects else ""
    order = {
        "goal": (goal, activity.last_subject, weak),
        "reviews": (activity.last_subject, weak, goal),
    }.get(situation, (weak, activity.last_subject, goal))
    return next((t for t in order if t), "your studies")


def _call_to_action(situation: str, activity: StudentActivity, topic: str) -> str:
    """A short imperative the button can carry."""
    lowered = _lower_first(topic) if topic in activity.weakest_concepts else topic
    if situation == "reviews":
        count = activity.reviews_due
        return f"Review {count} card{'s' if count != 1 else ''} now"
    if situation == "goal":
        return f"Study {topic} for 10 minutes"
    if situation == "new" and topic == "your studies":
        return "Upload your first session"
    return f"Practice {lowered} for 5 minutes"


def _lower_first(text: str) -> str:
    # A concept like "Linear equations" reads naturally mid-sentence; "DNA replication" keeps "DNA".
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first[1:].islower() else text


def _pick(options: tuple[str, ...], name: str, days: int) -> str:
    """A wording that varies by student and day count but is the same on every run."""
    digest = hashlib.sha256(f"{name}|{days}".encode()).digest()
    return options[digest[0] % len(options)]
