"""Reflex state: thin classes that resolve the user and call services."""

from companion.state.auth import ADMINS, STUDENTS, TUTORS, AuthState, SignInState

__all__ = ["ADMINS", "STUDENTS", "TUTORS", "AuthState", "SignInState"]
