"""/account: one page for every role; students also choose their notifications."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.dialogs import form_dialog
from companion.components.forms import (
    NEW_PASSWORD,
    email_input,
    form_alert,
    labelled_input,
    password_input,
    stacked_form,
)
from companion.components.layout import private_page
from companion.components.sections import muted, section
from companion.services.preferences import KIND_LABELS, KINDS
from companion.state.account import AccountState

S = AccountState
CHANNEL_LABELS = {"in_app": "In the app", "email": "Email", "both": "App and email", "off": "Off"}
GOES = (
    "Your sessions and transcripts, concepts and mastery history, practice sets, goals, "
    "chat, notifications and preferences are deleted, and your tutors lose access."
)
STAYS = (
    "The audit log keeps one entry saying an account was deleted, with no name, email or "
    "content. Download your data first if you want a copy."
)


def _save(label: str) -> rx.Component:
    return rx.button(label, type="submit", width="fit-content")


def _card(*children: rx.Component) -> rx.Component:
    return rx.card(rx.vstack(*children, spacing="3", width="100%", align="stretch"), width="100%")


def _profile() -> rx.Component:
    return section(
        "Profile",
        _card(
            rx.text("Email: ", rx.text.strong(S.profile.email), size="2"),
            stacked_form(
                labelled_input("Name", "name", default_value=S.profile.name, max_length=120),
                rx.cond(
                    S.is_student,
                    labelled_input("Grade", "grade", default_value=S.profile.grade, max_length=32),
                ),
                error=S.profile_error,
                submit=_save("Save profile"),
                on_submit=S.save_profile,
                spacing="3",
                key=S.profile.name,  # re-render the defaults once the profile has loaded
            ),
        ),
    )


def _email() -> rx.Component:
    return section(
        "Email",
        _card(
            muted("We send a link to the new address; your email changes when you open it."),
            rx.cond(
                S.email_message != "",
                rx.callout(S.email_message, icon="mail", color_scheme="green", width="100%"),
            ),
            stacked_form(
                email_input("New email", "new_email"),
                password_input("Your password"),
                error=S.email_error,
                submit=_save("Send confirmation link"),
                on_submit=S.change_email,
                reset_on_submit=True,
                spacing="3",
            ),
        ),
    )


def _password() -> rx.Component:
    return section(
        "Password",
        _card(
            muted("Changing it signs you out on every other device."),
            stacked_form(
                password_input("Current password", "current_password"),
                password_input(NEW_PASSWORD, "new_password", new=True),
                error=S.password_error,
                submit=_save("Change password"),
                on_submit=S.change_password,
                reset_on_submit=True,
                spacing="3",
            ),
            rx.separator(),
            muted("Lost a phone or used a shared computer? This ends every session, here too."),
            rx.button(
                rx.icon("log-out", size=16),
                "Sign out of all devices",
                on_click=S.sign_out,
                variant="soft",
                color_scheme="gray",
                width="fit-content",
                type="button",
            ),
        ),
    )


def _channel_row(kind: str) -> rx.Component:
    return rx.hstack(
        rx.text(KIND_LABELS[kind], size="2", flex="1"),
        rx.select.root(
            rx.select.trigger(aria_label=KIND_LABELS[kind], min_width="10rem"),
            rx.select.content(
                *[rx.select.item(label, value=value) for value, label in CHANNEL_LABELS.items()]
            ),
            value=S.channels[kind],
            on_change=lambda value: S.set_channel(kind, value),
        ),
        align="center",
        width="100%",
    )


def _notifications() -> rx.Component:
    return section(
        "Notifications",
        _card(
            stacked_form(
                *[_channel_row(kind) for kind in KINDS],
                rx.separator(),
                labelled_input(
                    "Time zone (like Europe/Paris)", "timezone", default_value=S.timezone
                ),
                rx.hstack(
                    labelled_input(
                        "Quiet from", "quiet_start", type="time", default_value=S.quiet_start
                    ),
                    labelled_input(
                        "Quiet until", "quiet_end", type="time", default_value=S.quiet_end
                    ),
                    width="100%",
                ),
                muted("Emails due in quiet hours wait until they end."),
                labelled_input(
                    "At most this many emails a day",
                    "daily_cap",
                    type="number",
                    min=0,
                    max=20,
                    default_value=S.daily_cap,
                ),
                error=S.prefs_error,
                submit=_save("Save notification choices"),
                on_submit=S.save_preferences,
                spacing="3",
                key=S.timezone + S.daily_cap,
            ),
        ),
    )


def _data() -> rx.Component:
    delete_dialog = form_dialog(
        rx.button(
            "Delete my account",
            color_scheme="red",
            variant="soft",
            type="button",
            width="fit-content",
        ),
        "Delete your account?",
        [rx.text.strong("What goes: "), GOES, " ", rx.text.strong("What stays: "), STAYS],
        [
            form_alert(S.delete_error),
            # The email form above has a "password" field too: ids must differ.
            password_input("Your password", field_id="field-delete-password"),
        ],
        rx.button("Delete everything", color_scheme="red", type="submit"),
        on_submit=S.delete_account,
        open=S.delete_open,
        on_open_change=S.open_delete,
    )
    return section(
        "Your data",
        _card(
            muted(
                "Download everything the app holds about you: a ZIP of JSON files and "
                "your transcripts."
            ),
            rx.button(
                rx.icon("download", size=16),
                "Download my data",
                on_click=S.download_data,
                variant="soft",
                width="fit-content",
            ),
            rx.separator(),
            muted("Deleting your account can't be undone."),
            delete_dialog,
        ),
    )


@private_page(routes.ACCOUNT, "Account", on_load=[AccountState.load_account])
def account() -> rx.Component:
    return rx.vstack(
        _profile(),
        _email(),
        _password(),
        rx.cond(S.is_student, _notifications()),
        _data(),
        spacing="5",
        width="100%",
    )
