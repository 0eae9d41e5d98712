"""Substates created the first time an event, a delta or `get_state` looks one up.

Reflex 0.10's memory state manager builds every client's whole state tree up front
(`BaseState.__init__` with `init_substates=True`): one instance per page state, each with
its bookkeeping (two sets, a dict), about 0.7 KB before any data, and the first hydrate
then copies every mutable default into it. A student uses four of the ~22 page states
under `AuthState`, so most of that was never read.

`LazySubstates` is the `substates` dict of such a parent: it holds only the children
looked up so far and creates a missing one on lookup (`in`, `[]`, `get`), exactly as
Reflex would have created it at start. Iterating it (the first hydrate's `dict()`,
`reset()`, `_clean()`) sees only the created children: a child never created still holds
its defaults, which the compiled page already shows, so nothing sent changes. The one
tree that must be whole is the compiler's `dict(initial=True)`, the page's initial state
(`AuthState.dict` creates every child for it).

Only the memory manager's own tree is lazy: the Redis manager builds states with
`init_substates=False` and fills `substates` itself, and that path is left untouched.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def _children(parent_cls: type) -> dict[str, type]:
    return {c.get_name(): c for c in parent_cls.get_substates()}


class LazySubstates(dict):
    """A state's substates dict that creates a registered child on first lookup."""

    __slots__ = ("_parent",)

    def __init__(self, parent: Any) -> None:
        super().__init__()
        self._parent = parent

    def __missing__(self, name: str) -> Any:
        child_cls = _children(type(self._parent)).get(name)
        if child_cls is None:
            raise KeyError(name)
        child = child_cls(parent_state=self._parent, _reflex_internal_init=True)
        dict.__setitem__(self, name, child)
        return child

    def __contains__(self, name: object) -> bool:
        if dict.__contains__(self, name):
            return True
        if isinstance(name, str) and name in _children(type(self._parent)):
            self.__missing__(name)
            return True
        return False

    def get(self, name: str, default: Any = None) -> Any:
        if name in self:  # creates a registered child
            return dict.__getitem__(self, name)
        return default

    def create_all(self) -> None:
        """Create every registered child not created yet (the compiled initial state)."""
        for name in _children(type(self._parent)):
            _ = name in self

    def __reduce__(self) -> tuple[type, tuple[dict]]:
        # Pickled (Redis, disk) as the plain dict of the children created so far.
        return (dict, (dict(self),))
