"""Entity records, the analyst's lexicon (aliases) and never-names in the store.

Operations in ``core/operations/entities.py`` change these through the functions
here; recognition reads them with :func:`load_taught_names`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..nlp.taught import TaughtNames, name_key, taught_names
from ..script import to_simplified
from ..translatable import Translate, untranslated
from ..vocabulary import NAME_TYPE_CODES
from .read_cache import read_cache


@dataclass(frozen=True)
class EntityRecord:
    id: int
    canonical: str
    type: str
    source: str


@dataclass(frozen=True)
class Alias:
    name: str  # name_key form
    type: str
    written: str
    entity_id: int


def entity_by_name(conn: sqlite3.Connection, canonical: str, type_: str) -> EntityRecord | None:
    row = conn.execute(
        "SELECT id, canonical, type, source FROM entities WHERE canonical = ? AND type = ?",
        (canonical, type_),
    ).fetchone()
    return EntityRecord(*row) if row else None


def entity_by_id(conn: sqlite3.Connection, entity_id: int) -> EntityRecord | None:
    row = conn.execute(
        "SELECT id, canonical, type, source FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    return EntityRecord(*row) if row else None


def ensure_entity(conn: sqlite3.Connection, canonical: str, type_: str, source: str) -> int:
    """The id of the entity (canonical, type), made with ``source`` when new."""
    conn.execute(
        "INSERT INTO entities (canonical, type, source) VALUES (?, ?, ?) "
        "ON CONFLICT(canonical, type) DO NOTHING",
        (canonical, type_, source),
    )
    return conn.execute(
        "SELECT id FROM entities WHERE canonical = ? AND type = ?", (canonical, type_)
    ).fetchone()[0]


def record_entities(conn: sqlite3.Connection, found: Iterable[tuple[str, str, str]]) -> None:
    """Records for recognised (canonical, type, source); call inside a transaction.

    The source of a record the analyst made stays the analyst's.
    """
    rows = {(c, t): s for c, t, s in found if t in NAME_TYPE_CODES}
    conn.executemany(
        "INSERT INTO entities (canonical, type, source) VALUES (?, ?, ?) "
        "ON CONFLICT(canonical, type) DO UPDATE SET source = excluded.source "
        "WHERE entities.source NOT IN ('analyst', excluded.source)",
        [(c, t, s) for (c, t), s in rows.items()],
    )


def aliases_of(conn: sqlite3.Connection, entity_id: int) -> list[Alias]:
    return [
        Alias(*row)
        for row in conn.execute(
            "SELECT name, type, written, entity_id FROM entity_aliases WHERE entity_id = ? "
            "ORDER BY created_at, name",
            (entity_id,),
        )
    ]


def alias(conn: sqlite3.Connection, name: str, type_: str) -> Alias | None:
    row = conn.execute(
        "SELECT name, type, written, entity_id FROM entity_aliases WHERE name = ? AND type = ?",
        (name_key(name), type_),
    ).fetchone()
    return Alias(*row) if row else None


def set_alias(conn: sqlite3.Connection, written: str, type_: str, entity_id: int) -> None:
    conn.execute(
        "INSERT INTO entity_aliases (name, type, written, entity_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name, type) DO UPDATE SET entity_id = excluded.entity_id, "
        "written = excluded.written",
        (name_key(written), type_, " ".join(written.split()), entity_id),
    )


def written_forms(conn: sqlite3.Connection, canonical: str, type_: str) -> list[tuple[str, int]]:
    """How an entity is written in the documents, most frequent first, with counts."""
    return [
        (row[0], row[1])
        for row in conn.execute(
            "SELECT text, count(*) FROM mentions WHERE canonical = ? AND type = ? "
            "GROUP BY text ORDER BY count(*) DESC, text",
            (canonical, type_),
        )
    ]


@dataclass(frozen=True)
class EntityNames:
    canonical: str
    type: str
    source: str | None  # None: no record (a date, a figure)
    written: tuple[tuple[str, int], ...]  # as the documents write it, with counts
    taught: tuple[str, ...]  # the analyst's aliases, as written

    def names(self) -> list[str]:
        """Every name other than the canonical one, written forms first."""
        out = dict.fromkeys(w for w, _ in self.written)
        out.update(dict.fromkeys(self.taught))
        out.pop(self.canonical, None)
        return list(out)

    def describe(self, translate: Translate = untranslated) -> str:
        from ..vocabulary import ENTITY_SOURCES

        lines = [self.canonical]
        if self.source:
            source = ENTITY_SOURCES.label(self.source, translate)
            lines.append(translate("EntityNames", "Source: {source}").format(source=source))
        written = [f"{w} ×{n}" for w, n in self.written if w != self.canonical]
        if written:
            forms = ", ".join(written[:8]) + ("…" if len(written) > 8 else "")
            lines.append(translate("EntityNames", "Written as: {forms}").format(forms=forms))
        if self.taught:
            names = ", ".join(self.taught[:8])
            lines.append(translate("EntityNames", "Taught names: {names}").format(names=names))
        return "\n".join(lines)


def entity_names(conn: sqlite3.Connection, canonical: str, type_: str) -> EntityNames:
    record = entity_by_name(conn, canonical, type_)
    taught = tuple(a.written for a in aliases_of(conn, record.id)) if record else ()
    return EntityNames(
        canonical,
        type_,
        record.source if record else None,
        tuple(written_forms(conn, canonical, type_)),
        taught,
    )


def never_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name key, as written) of the names marked never an entity."""
    return [
        tuple(row) for row in conn.execute("SELECT name, written FROM never_names ORDER BY name")
    ]


def load_taught_names(conn: sqlite3.Connection) -> TaughtNames:
    names = conn.execute(
        "SELECT a.name, a.type, e.canonical, e.type FROM entity_aliases a "
        "JOIN entities e ON e.id = a.entity_id"
    ).fetchall()
    never = [row[0] for row in conn.execute("SELECT name FROM never_names")]
    # Only the analyst's entities matter to recognition (see ``taught_names``).
    entities = conn.execute(
        "SELECT canonical, type, source FROM entities WHERE source = 'analyst'"
    ).fetchall()
    return taught_names(names, never, entities)


_NAMES_PER_QUERY = 500


def documents_containing(conn: sqlite3.Connection, names: Sequence[str]) -> list[int]:
    """Documents whose Simplified text holds any of ``names`` (compared as name keys)."""
    keys = sorted({name_key(n) for n in names if n.strip()})
    found: set[int] = set()
    # SQLite refuses an expression over 1000 deep: a lexicon of thousands of names is
    # looked up a batch of names at a time.
    for start in range(0, len(keys), _NAMES_PER_QUERY):
        batch = keys[start : start + _NAMES_PER_QUERY]
        clause = " OR ".join("instr(lower(text_simplified), lower(?)) > 0" for _ in batch)
        found.update(
            row[0] for row in conn.execute(f"SELECT id FROM documents WHERE {clause}", batch)
        )
    return sorted(found)


# -- snapshots: what an entity operation may change, so that it can be put back -----


@dataclass(frozen=True)
class EntityScope:
    """The rows an entity operation touches: entities (with aliases), names, mentions."""

    entity_ids: frozenset[int] = frozenset()
    never: frozenset[str] = frozenset()  # name keys
    mention_ids: frozenset[int] = frozenset()
    # capacity rows whose company is the entity: they follow a rename, merge or split
    capacity_row_ids: frozenset[int] = frozenset()

    def __or__(self, other: EntityScope) -> EntityScope:
        return EntityScope(
            self.entity_ids | other.entity_ids,
            self.never | other.never,
            self.mention_ids | other.mention_ids,
            self.capacity_row_ids | other.capacity_row_ids,
        )


@dataclass(frozen=True)
class EntitySnapshot:
    scope: EntityScope
    entities: tuple[tuple, ...]
    aliases: tuple[tuple, ...]
    never: tuple[tuple, ...]
    mentions: tuple[tuple, ...]  # full rows
    companies: tuple[tuple, ...] = ()  # (capacity row id, company, fact key, merged into)


_MENTION_FIELDS = (
    'id, document_id, start, "end", type, text, canonical, value_low, value_high, unit'
)


def _in(column: str, values) -> tuple[str, list]:
    values = sorted(values)
    return f"{column} IN ({','.join('?' * len(values))})", values


def _rows(conn, sql: str, column: str, values) -> tuple[tuple, ...]:
    out: list[tuple] = []
    for chunk in _chunks(values):
        where, params = _in(column, chunk)
        out.extend(tuple(r) for r in conn.execute(f"{sql} WHERE {where}", params))
    return tuple(out)


def snapshot(conn: sqlite3.Connection, scope: EntityScope) -> EntitySnapshot:
    return EntitySnapshot(
        scope,
        _rows(
            conn,
            "SELECT id, canonical, type, source, created_at FROM entities",
            "id",
            scope.entity_ids,
        ),
        _rows(
            conn,
            "SELECT name, type, written, entity_id, created_at FROM entity_aliases",
            "entity_id",
            scope.entity_ids,
        ),
        _rows(conn, "SELECT name, written, created_at FROM never_names", "name", scope.never),
        _rows(conn, f"SELECT {_MENTION_FIELDS} FROM mentions", "id", scope.mention_ids),
        _rows(
            conn,
            "SELECT id, company, fact_key, merged_into FROM capacity_rows",
            "id",
            scope.capacity_row_ids,
        ),
    )


def capacity_rows_of_company(
    conn: sqlite3.Connection, canonical: str, written_key=None
) -> frozenset[int]:
    """Capacity rows whose company is this entity (written as ``written_key`` says, if given)."""
    rows = conn.execute(
        "SELECT id, company_written FROM capacity_rows WHERE company = ?", (canonical,)
    )
    return frozenset(
        row_id for row_id, written in rows if written_key is None or written_key(written)
    )


def restore(conn: sqlite3.Connection, saved: EntitySnapshot) -> set[int]:
    """Put the scope's rows back as saved; call inside a transaction.

    Mentions are put back only where the document still has them or has nothing
    in their place: a document recognised again since keeps its new mentions.
    Returns the documents whose mentions changed.
    """
    scope = saved.scope
    for at_ids in _chunks(scope.entity_ids):
        where, params = _in("id", at_ids)
        conn.execute(f"DELETE FROM entities WHERE {where}", params)
    for at_names in _chunks(scope.never):
        where, params = _in("name", at_names)
        conn.execute(f"DELETE FROM never_names WHERE {where}", params)
    conn.executemany(
        "INSERT INTO entities (id, canonical, type, source, created_at) VALUES (?, ?, ?, ?, ?)",
        saved.entities,
    )
    conn.executemany(
        "INSERT INTO entity_aliases (name, type, written, entity_id, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, type) DO UPDATE SET "
        "written = excluded.written, entity_id = excluded.entity_id, "
        "created_at = excluded.created_at",
        saved.aliases,
    )
    conn.executemany(
        "INSERT INTO never_names (name, written, created_at) VALUES (?, ?, ?)", saved.never
    )
    conn.executemany(
        "UPDATE capacity_rows SET company = ?, fact_key = ?, merged_into = ? WHERE id = ?",
        [(company, key, merged, row_id) for row_id, company, key, merged in saved.companies],
    )
    gone = scope.mention_ids - {row[0] for row in saved.mentions}
    documents = documents_of_mentions(conn, gone)
    for at_ids in _chunks(gone):
        where, params = _in("id", at_ids)
        conn.execute(f"DELETE FROM mentions WHERE {where}", params)
    for row in saved.mentions:
        mention_id, document_id, start, end = row[0], row[1], row[2], row[3]
        current = conn.execute(
            'SELECT document_id, start, "end" FROM mentions WHERE id = ?', (mention_id,)
        ).fetchone()
        if current is not None and tuple(current) != (document_id, start, end):
            continue  # the id now belongs to another mention
        if (
            current is None
            and conn.execute(
                'SELECT 1 FROM mentions WHERE document_id = ? AND start < ? AND "end" > ?',
                (document_id, end, start),
            ).fetchone()
        ):
            continue  # recognised again since: something else stands there
        if current is None:
            conn.execute(
                f"INSERT INTO mentions ({_MENTION_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        else:
            # An update, not INSERT OR REPLACE: the replaced row's delete would not reach
            # the triggers that keep the entity index.
            conn.execute(
                "UPDATE mentions SET type = ?, text = ?, canonical = ?, value_low = ?, "
                "value_high = ?, unit = ? WHERE id = ?",
                (*row[4:], mention_id),
            )
        documents.add(document_id)
    return documents


def documents_of_mentions(conn: sqlite3.Connection, mention_ids) -> set[int]:
    """The documents that hold these mentions (those still stored)."""
    return {row[0] for row in _rows(conn, "SELECT document_id FROM mentions", "id", mention_ids)}


def _chunks(values) -> list[list]:
    values = sorted(values)
    return [values[at : at + 500] for at in range(0, len(values), 500)]


def mention_ids_of(conn: sqlite3.Connection, canonical: str, type_: str) -> list[tuple[int, int]]:
    """(mention id, document id) of every mention of one entity."""
    return [
        (row[0], row[1])
        for row in conn.execute(
            "SELECT id, document_id FROM mentions WHERE canonical = ? AND type = ?",
            (canonical, type_),
        )
    ]


def mention_ids_written(conn: sqlite3.Connection, name: str) -> list[tuple[int, int, str]]:
    """(mention id, document id, type) of mentions written as ``name`` (compared as keys)."""
    key = name_key(name)
    # The stored text is as written; most mentions of a name share its first character.
    return [
        (row[0], row[1], row[3])
        for row in conn.execute(
            "SELECT id, document_id, text, type FROM mentions WHERE length(text) = ?",
            (len(key),),
        )
        if name_key(row[2]) == key
    ]


@lru_cache(maxsize=1)
def _latin_dictionary_terms() -> dict:
    """The dictionary's Latin terms by their case-folded form: search matches Latin
    text in any case, so tsmc, Tsmc and TSMC all name 台积电."""
    from ..nlp.lexicon import default_lexicon

    terms: dict = {}
    for term, entry in default_lexicon().entries.items():
        if term.isascii():
            terms.setdefault(term.casefold(), entry)
    return terms


# Names of one entity used to widen a search; more than this are rare spellings.
OTHER_NAMES_LIMIT = 30
# Terms whose other names a connection keeps at most, between two changes of the store.
OTHER_NAMES_KEPT = 256


def other_names(conn: sqlite3.Connection, term: str) -> list[str]:
    """The other names (Simplified) of the entities that ``term`` names.

    An entity is found by a taught alias, its canonical name or a dictionary term;
    its names are its canonical name, the analyst's aliases, the dictionary's terms
    for it and how the documents write it.  One-character names are left out.
    Kept by the connection until the store changes (``read_cache``).
    """
    cache = read_cache(conn, "other_names")
    if cache is None:
        return _other_names(conn, term)
    if term not in cache:
        if len(cache) >= OTHER_NAMES_KEPT:  # typing a query asks for every prefix
            cache.clear()
        cache[term] = _other_names(conn, term)
    return list(cache[term])


def _other_names(conn: sqlite3.Connection, term: str) -> list[str]:
    from ..nlp.lexicon import default_lexicon, dictionary_names

    key = name_key(term)
    if not key:
        return []
    entities: set[tuple[str, str]] = set()
    entities.update(
        tuple(row)
        for row in conn.execute(
            "SELECT e.canonical, e.type FROM entity_aliases a JOIN entities e "
            "ON e.id = a.entity_id WHERE a.name = ?",
            (key,),
        )
    )
    entities.update(
        tuple(row)
        for row in conn.execute(
            "SELECT canonical, type FROM entities WHERE canonical IN (?, ?)", (term, key)
        )
    )
    entry = default_lexicon().entries.get(key) or _latin_dictionary_terms().get(key.casefold())
    if entry is not None:
        entities.add((entry.canonical, entry.type))
    names: dict[str, None] = {}
    for canonical, type_ in sorted(entities):
        found = [canonical, *dictionary_names().get((canonical, type_), ())]
        found += [
            row[0]
            for row in conn.execute(
                "SELECT a.written FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.canonical = ? AND e.type = ?",
                (canonical, type_),
            )
        ]
        found += [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT text FROM mentions WHERE canonical = ? AND type = ? LIMIT ?",
                (canonical, type_, OTHER_NAMES_LIMIT),
            )
        ]
        for name in found:
            simplified = to_simplified(" ".join(name.split()))
            if len(simplified) >= 2 and name_key(simplified) != key:
                names.setdefault(simplified, None)
    return list(names)[:OTHER_NAMES_LIMIT]


def company_groups(conn: sqlite3.Connection) -> dict[str, str]:
    """How the analyst's lexicon joins company names in charts: the grouping key of each
    taught, merged or renamed name → that of its entity's canonical name."""
    from ..charts.bars import grouping_key

    groups: dict[str, str] = {}
    for written, canonical in conn.execute(
        "SELECT a.written, e.canonical FROM entity_aliases a JOIN entities e "
        "ON e.id = a.entity_id WHERE e.type = 'ORG'"
    ):
        key, target = grouping_key(written), grouping_key(canonical)
        if key != target:
            groups[key] = target
    return groups
