"""Reusable UI pieces: the page template and form helpers."""

from companion.components.layout import private_page, public_page

__all__ = ["private_page", "public_page"]
