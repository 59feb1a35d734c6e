"""Rows from PostgreSQL that the store reads as it reads ``sqlite3.Row``.

By position, by column name (in any case, the first column of a name winning, as
in SQLite) and through ``keys()``; a missing name is an ``IndexError``, as there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any


class Row:
    __slots__ = ("_index", "_names", "_values")

    def __init__(self, names: tuple[str, ...], index: dict[str, int], values: tuple) -> None:
        self._names = names
        self._index = index
        self._values = values

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            try:
                return self._values[self._index[key.lower()]]
            except KeyError:
                raise IndexError(f"no column named {key!r}") from None
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._names)

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Row):
            return NotImplemented
        return self._names == other._names and self._values == other._values

    def __hash__(self) -> int:
        return hash((self._names, self._values))

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values, strict=True))!r})"


def row_maker(cursor: Any) -> Callable[[Sequence[Any]], Row | tuple]:
    """A psycopg row factory: one column index per result, shared by its rows."""
    description = cursor.description
    if description is None:
        return tuple
    names = tuple(column.name for column in description)
    index: dict[str, int] = {}
    for position, name in enumerate(names):
        index.setdefault(name.lower(), position)
    return lambda values: Row(names, index, tuple(values))
