"""Recipe: a nudge kind: keep a streak alive before the day ends."""
