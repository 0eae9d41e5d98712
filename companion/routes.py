"""Every route of the app and the URL builders, in one place."""

from __future__ import annotations

from companion.models import Role

LOGIN = "/login"
REGISTER = "/register"
FORGOT_PASSWORD = "/forgot-password"
RESET_PASSWORD = "/reset-password"  # the page reset emails link to
CONFIRM_EMAIL = "/confirm-email"  # the page email-change confirmations link to

# Students
DASHBOARD = "/dashboard"
SESSIONS = "/sessions"
SESSION = "/sessions/[id]"
PRACTICE_LIST = "/practice"
PRACTICE = "/practice/[id]"
CHAT = "/chat"
GOALS = "/goals"
SUGGESTIONS = "/suggestions"
NOTIFICATIONS = "/notifications"
PROGRESS = "/progress"
ACCOUNT = "/account"

# Tutors
TUTOR = "/tutor"
TUTOR_STUDENT = "/tutor/students/[id]"
TUTOR_ROUTING = "/tutor/routing"
TUTOR_OUTCOMES = "/tutor/outcomes"

# Admins
ADMIN = "/admin"
ADMIN_USERS = "/admin/users"
ADMIN_SESSIONS = "/admin/sessions"
ADMIN_JOBS = "/admin/jobs"
ADMIN_AUDIT = "/admin/audit"
ADMIN_MAIL = "/admin/mail"
ADMIN_OUTCOMES = "/admin/outcomes"

# Backend HTTP endpoints (FastAPI, mounted under /api)
API_PREFIX = "/api"
API_HEALTH = "/api/health"
API_SESSION = "/api/auth/session"
API_LOGOUT = "/api/auth/logout"

_HOMES = {Role.student.value: DASHBOARD, Role.tutor.value: TUTOR, Role.admin.value: ADMIN}


def home_for(role: str) -> str:
    """Where a role lands after signing in."""
    return _HOMES.get(role, LOGIN)


def session_url(session_id: int) -> str:
    return f"/sessions/{int(session_id)}"


def practice_url(practice_id: int) -> str:
    return f"/practice/{int(practice_id)}"


def tutor_student_url(student_id: int) -> str:
    return f"/tutor/students/{int(student_id)}"
