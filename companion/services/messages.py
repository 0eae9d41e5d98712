"""User-facing error texts, shared by services, UI and tests."""

LOGIN_FAILED = "That email and password don't match an account. Check them and try again."
ACCOUNT_DISABLED = (
    LOGIN_FAILED  # a deactivated account must not be told apart from a wrong password
)
EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email."
EMAIL_INVALID = "Enter a valid email address, like name@example.com."
PASSWORD_WEAK = "Use a password of at least 10 characters."
PASSWORD_TOO_LONG = "Use a password of at most 72 bytes."
NAME_REQUIRED = "Enter your name (1-120 characters)."
ROLE_INVALID = "Role must be student, tutor or admin."
SESSION_EXPIRED = "Your session has ended. Please sign in again."
NOT_ALLOWED = "You don't have access to that."
NOT_FOUND = "We couldn't find that. It may have been removed, or the link is wrong."
TOO_MANY_ATTEMPTS = "Too many attempts. Wait a minute and try again."
