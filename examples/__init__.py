"""Worked examples for docs/extending.md; tests/examples/ runs every one of them."""
