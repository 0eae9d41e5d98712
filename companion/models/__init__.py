"""Every table, imported here so SQLModel.metadata knows them all."""

from companion.models.account import NotificationPreference, PasswordReset
from companion.models.events import ActivityDay, ProductEvent
from companion.models.goals import Goal, SubjectSuggestion
from companion.models.knowledge import KnowledgeState, MasteryEvent
from companion.models.messages import ChatMessage, Notification, RoutingDecision
from companion.models.practice import Practice, PracticeConcept
from companion.models.sessions import Concept, Transcript, TranscriptDraft, TutoringSession
from companion.models.summaries import StudentSummary
from companion.models.system import AIUsage, Job
from companion.models.users import AuditLog, Role, TutorStudent, User

__all__ = [
    "AIUsage",
    "ActivityDay",
    "AuditLog",
    "ChatMessage",
    "Concept",
    "Goal",
    "Job",
    "KnowledgeState",
    "MasteryEvent",
    "Notification",
    "NotificationPreference",
    "PasswordReset",
    "Practice",
    "PracticeConcept",
    "ProductEvent",
    "Role",
    "RoutingDecision",
    "StudentSummary",
    "SubjectSuggestion",
    "Transcript",
    "TranscriptDraft",
    "TutorStudent",
    "TutoringSession",
    "User",
]
