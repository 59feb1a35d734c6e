"""The analyst's lexicon as a file a colleague can load: export and import.

A lexicon file is UTF-8 JSON::

    {"format": "industry-workbench-lexicon", "version": 1,
     "entities": [{"canonical": "北极光芯", "type": "ORG",
                   "aliases": [{"name": "北极光芯", "found_as": "ORG"}, ...]}, ...],
     "never": ["新建", ...]}

Only what the analyst taught is written: entities the analyst made or named
(source ``analyst``) or that hold taught names, and the never-names; not every
entity the recogniser found.  Importing applies the file through the entity
operations as one combined operation (one undo step), after the whole file has
been read and checked: a bad file changes nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from .decoding import CANNOT_BE_READ, NO_SUCH_FILE
from .errors import INPUT_FILE_CONTEXT, InputFileError, WorkbenchError
from .export_csv import check_output_path
from .names import first_control_character
from .nlp.taught import name_key
from .operations import Operation, Outcome, combined, unchanged
from .operations import entities as entity_ops
from .store import Store
from .store.entities import entity_by_name
from .translatable import QT_TRANSLATE_NOOP, Translate, Wording, untranslated
from .vocabulary import NAME_TYPE_CODES

FORMAT = "industry-workbench-lexicon"
VERSION = 1
MAX_BYTES = 20 * 10**6  # decimal MB, as every size the workbench states
MAX_NAME = 200  # as the operations allow


@dataclass(frozen=True)
class TaughtEntity:
    canonical: str
    type: str
    aliases: tuple[tuple[str, str], ...] = ()  # (name as written, type it is found as)


@dataclass(frozen=True)
class Lexicon:
    entities: tuple[TaughtEntity, ...] = ()
    never: tuple[str, ...] = ()  # as written

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "entities": [
                {
                    "canonical": e.canonical,
                    "type": e.type,
                    "aliases": [{"name": n, "found_as": t} for n, t in e.aliases],
                }
                for e in self.entities
            ],
            "never": list(self.never),
        }

    def keys(self) -> tuple[set, set, set]:
        """What the lexicon says, as sets to compare: entities, aliases, never-names.

        Names are compared as name keys (one name in either script).
        """
        entities = {(e.canonical, e.type) for e in self.entities}
        aliases = {
            (name_key(n), t, e.canonical, e.type) for e in self.entities for n, t in e.aliases
        }
        return entities, aliases, {name_key(n) for n in self.never}


def analyst_lexicon(conn: sqlite3.Connection) -> Lexicon:
    """What the analyst taught this store, in a stable order."""
    aliases: dict[int, list[tuple[str, str]]] = {}
    for entity_id, written, found_as in conn.execute(
        "SELECT entity_id, written, type FROM entity_aliases ORDER BY created_at, name, type"
    ):
        aliases.setdefault(entity_id, []).append((written, found_as))
    entities = tuple(
        TaughtEntity(canonical, type_, tuple(aliases.get(entity_id, ())))
        for entity_id, canonical, type_ in conn.execute(
            "SELECT id, canonical, type FROM entities WHERE source = 'analyst' "
            "OR id IN (SELECT entity_id FROM entity_aliases) ORDER BY type, canonical"
        )
    )
    never = tuple(row[0] for row in conn.execute("SELECT written FROM never_names ORDER BY name"))
    return Lexicon(entities, never)


def lexicon_text(lexicon: Lexicon) -> str:
    return json.dumps(lexicon.to_json(), ensure_ascii=False, indent=2) + "\n"


def export_lexicon(conn: sqlite3.Connection, path: Path | str) -> Lexicon:
    """Write the store's lexicon to ``path`` (replaced only by a complete file)."""
    path = Path(path)
    check_output_path(path)  # a folder, a device or a store is refused, not written over
    lexicon = analyst_lexicon(conn)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(lexicon_text(lexicon), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WorkbenchError(f"{path.name}: cannot write ({error.strerror or error})") from None
    return lexicon


# -- reading ---------------------------------------------------------------------------


def read_lexicon(path: Path | str) -> Lexicon:
    """Read and check a lexicon file; any problem is an error naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(path, NO_SUCH_FILE) from None
    except OSError as error:
        raise InputFileError(path, CANNOT_BE_READ, reason=error.strerror or error) from None
    if not path.is_file():
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "not a file"))
    if size > MAX_BYTES:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "the file is larger than {most} MB"),
            most=MAX_BYTES // 10**6,
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError(path, CANNOT_BE_READ, reason=error.strerror or error) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "not UTF-8 text (byte {byte})"), byte=error.start
        ) from None
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "not JSON (line {line}, column {column}: {reason})"),
            line=error.lineno,
            column=error.colno,
            reason=error.msg,
        ) from None
    except RecursionError:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "not a lexicon: its JSON is nested too deeply")
        ) from None
    except ValueError:  # a number of more digits than Python converts (4,300)
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "not a lexicon: it holds a number too long to read"),
        ) from None
    try:
        return parse_lexicon(content)
    except LexiconContentError as error:
        raise InputFileError(path, error.wording) from None


class LexiconContentError(ValueError):
    """What is wrong inside a lexicon file, worded for the analyst's language."""

    def __init__(self, wording: Wording):
        self.wording = wording
        super().__init__(str(wording))


def _wrong(source: str, **parts: object) -> LexiconContentError:
    """A problem worded by ``source``, marked ``QT_TRANSLATE_NOOP("InputFile", …)``."""
    return LexiconContentError(Wording(INPUT_FILE_CONTEXT, source, parts))


def _place(source: str, **parts: object) -> Wording:
    """Where in the lexicon a problem is (an entity, its alias, a never-name)."""
    return Wording(INPUT_FILE_CONTEXT, source, parts)


def parse_lexicon(content) -> Lexicon:
    """A lexicon from decoded JSON; :class:`LexiconContentError` says what is wrong."""
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", 'not a workbench lexicon (no "format": "{format}")'),
            format=FORMAT,
        )
    version = content.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", 'the "version" is missing or not a whole number')
        )
    if version > VERSION:
        raise _wrong(
            QT_TRANSLATE_NOOP(
                "InputFile",
                "written by a newer workbench (lexicon version {version}; "
                "this one reads version {readable})",
            ),
            version=version,
            readable=VERSION,
        )
    whole = _place(QT_TRANSLATE_NOOP("InputFile", "the lexicon"))
    entities = _list(content, "entities", whole)
    never = _list(content, "never", whole)
    return Lexicon(
        tuple(_entity(record, number) for number, record in enumerate(entities, 1)),
        tuple(
            _name(value, _place(QT_TRANSLATE_NOOP("InputFile", "never-name {n}"), n=number))
            for number, value in enumerate(never, 1)
        ),
    )


def _list(record: dict, key: str, where: Wording) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", '"{key}" in {where} is not a list'), key=key, where=where
        )
    return value


def _name(value, where: Wording) -> str:
    if not isinstance(value, str):
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", "{where}: the name is missing or not text"), where=where
        )
    cleaned = " ".join(value.split())
    if not cleaned:
        raise _wrong(QT_TRANSLATE_NOOP("InputFile", "{where}: the name is empty"), where=where)
    if len(cleaned) > MAX_NAME:
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", "{where}: the name is longer than {most} characters"),
            where=where,
            most=MAX_NAME,
        )
    control = first_control_character(cleaned)
    if control is not None:
        raise _wrong(
            QT_TRANSLATE_NOOP(
                "InputFile", "{where}: the name holds a control character (U+{code})"
            ),
            where=where,
            code=f"{ord(control):04X}",
        )
    return cleaned


def _type(value, where: Wording) -> str:
    if value is None:
        raise _wrong(QT_TRANSLATE_NOOP("InputFile", '{where}: the "type" is missing'), where=where)
    if value not in NAME_TYPE_CODES:
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", "{where}: unknown type “{type}” (use one of {known})"),
            where=where,
            type=value,
            known=", ".join(NAME_TYPE_CODES),
        )
    return value


def _entity(record, number: int) -> TaughtEntity:
    where = _place(QT_TRANSLATE_NOOP("InputFile", "entity {n}"), n=number)
    if not isinstance(record, dict):
        raise _wrong(QT_TRANSLATE_NOOP("InputFile", "{where} is not an object"), where=where)
    if "canonical" not in record:
        raise _wrong(
            QT_TRANSLATE_NOOP("InputFile", '{where}: the "canonical" name is missing'), where=where
        )
    canonical = _name(record["canonical"], where)
    where = _place(QT_TRANSLATE_NOOP("InputFile", "entity {n} ({name})"), n=number, name=canonical)
    type_ = _type(record.get("type"), where)
    aliases = []
    for at, item in enumerate(_list(record, "aliases", where), 1):
        alias_place = _place(
            QT_TRANSLATE_NOOP("InputFile", "{where}, alias {n}"), where=where, n=at
        )
        if not isinstance(item, dict) or "name" not in item:
            raise _wrong(QT_TRANSLATE_NOOP("InputFile", '{where} has no "name"'), where=alias_place)
        name = _name(item["name"], alias_place)
        aliases.append((name, _type(item.get("found_as", type_), alias_place)))
    return TaughtEntity(canonical, type_, tuple(aliases))


# -- importing ---------------------------------------------------------------------------


def lexicon_operations(lexicon: Lexicon) -> list[Operation]:
    """The entity operations that teach ``lexicon`` to a store, in order.

    Each entity is made the analyst's, then each of its names taught; where the
    store has an entity of that name (recognised in its documents) it is merged
    in, so that its mentions and records agree with the lexicon at once.
    """
    own = {(e.canonical, e.type) for e in lexicon.entities}
    operations: list[Operation] = []
    for entity in lexicon.entities:
        target = (entity.canonical, entity.type)
        operations.append(partial(entity_ops.adopt_entity, canonical=target[0], type_=target[1]))
        for name, found_as in entity.aliases:
            # Found as another type (the entity was retyped), the name is taught as
            # itself and merged in, which points it at the entity.
            canonical = target[0] if found_as == entity.type else name
            operations.append(
                partial(entity_ops.teach_name, name=name, type_=found_as, canonical=canonical)
            )
            others = [(n, found_as) for n in dict.fromkeys([name, name_key(name)])]
            operations.extend(
                partial(_merge_named, target=target, other=other)
                for other in others
                if other != target and other not in own
            )
    for name in lexicon.never:
        operations.append(partial(entity_ops.never_an_entity, name=name))
    return operations


def _merge_named(store: Store, *, target: tuple[str, str], other: tuple[str, str]) -> Outcome:
    """Merge the entity ``other`` into ``target`` if the store has it."""
    if entity_by_name(store.conn, *other) is None:
        return unchanged(f"Merge {other[0]}")
    return entity_ops.merge_entities(store, target, [other])


@dataclass(frozen=True)
class ImportCounts:
    """What a store's lexicon gained from an import."""

    entities: int
    aliases: int  # names taught (or pointed at another entity)
    never: int  # names marked never an entity

    def summary(self, translate: Translate = untranslated) -> str:
        def counted(count: int, one: str, many: str) -> str:
            return one if count == 1 else many.format(n=f"{count:,}")

        return translate("ImportCounts", "{entities}, {names} taught, {never} added").format(
            entities=counted(
                self.entities,
                translate("ImportCounts", "1 entity"),
                translate("ImportCounts", "{n} entities"),
            ),
            names=counted(
                self.aliases,
                translate("ImportCounts", "1 name"),
                translate("ImportCounts", "{n} names"),
            ),
            never=counted(
                self.never,
                translate("ImportCounts", "1 never-name"),
                translate("ImportCounts", "{n} never-names"),
            ),
        )


def import_operation(lexicon: Lexicon, label: str = "Import the lexicon") -> Operation:
    """``lexicon`` taught to a store as one operation: one transaction, one undo step.

    The outcome's value is the :class:`ImportCounts`; its ``changes.names`` are the
    names whose documents to recognise again.
    """
    teach = combined(label, lexicon_operations(lexicon))

    def run(store: Store) -> Outcome:
        before = analyst_lexicon(store.conn).keys()
        outcome = teach(store)
        after = analyst_lexicon(store.conn).keys()
        gained = (len(now - was) for now, was in zip(after, before, strict=True))
        return replace(outcome, value=ImportCounts(*gained))

    return run


def import_lexicon(store: Store, path: Path | str) -> Outcome:
    """Read ``path`` and teach it to ``store`` (see :func:`import_operation`).

    A bad file changes nothing.
    """
    path = Path(path)
    lexicon = read_lexicon(path)
    return import_operation(lexicon, f"Import the lexicon {path.name}")(store)


def lexicon_lines(lexicon: Lexicon) -> Iterable[str]:
    """The lexicon for a person to read, one line per entity and one for the never-names."""
    for entity in lexicon.entities:
        others = [
            n if t == entity.type else f"{n} (found as {t})"
            for n, t in entity.aliases
            if (n, t) != (entity.canonical, entity.type)
        ]
        line = f"{entity.canonical} [{entity.type}]"
        yield line + (f": {', '.join(others)}" if others else "")
    if lexicon.never:
        yield f"never an entity: {', '.join(lexicon.never)}"
