"""Alembic environment: the models' metadata and the URL from settings."""

from sqlmodel import SQLModel

import companion.models  # noqa: F401  (registers every table)
from alembic import context
from companion.db import database_url, make_engine

target_metadata = SQLModel.metadata


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=True,  # SQLite needs batch mode to alter tables
        **kwargs,
    )


def run_offline() -> None:
    _configure(
        url=context.config.get_main_option("sqlalchemy.url") or database_url(), literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or database_url())
    with engine.connect() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
