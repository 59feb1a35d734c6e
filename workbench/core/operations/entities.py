"""Entity operations: teach a name, adopt an entity, never a name, rename, merge, split, retype.

Each writes in one transaction and returns an :class:`Outcome` whose inverse puts
back a snapshot of every row it touched (entity records, aliases, never-names,
mentions), so undo and redo are exact.  Renames, merges, splits and type changes
rewrite the stored mentions at once; a taught name also needs the documents that
hold it recognised again, which the outcome asks for in ``Changes.names``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from ..errors import EDIT_CHECK_CONTEXT, edit_refused
from ..extraction.facts import facts_touched_by_renaming, rename_company
from ..names import first_control_character
from ..nlp.taught import name_key
from ..store import Store
from ..store.entities import (
    EntityScope,
    EntitySnapshot,
    alias,
    capacity_rows_of_company,
    documents_of_mentions,
    ensure_entity,
    entity_by_name,
    mention_ids_of,
    mention_ids_written,
    restore,
    set_alias,
    snapshot,
    written_forms,
)
from ..store.entity_edits import (
    add_never_name,
    alias_names,
    delete_entity,
    delete_mentions,
    forget_never_name,
    is_never_name,
    make_analysts,
    mentions_written,
    move_mentions,
    rename_entity_record,
    retype_entity_record,
    set_mentions_canonical,
)
from ..translatable import QT_TRANSLATE_NOOP, Label
from ..vocabulary import ENTITY_TYPES, NAME_TYPE_CODES
from .annotations import quote
from .changes import Changes, Table
from .outcome import Outcome, combined, unchanged

Entity = tuple[str, str]  # (canonical, type)


# What a cleaned name is, in its refusals.
A_NAME = QT_TRANSLATE_NOOP("EditCheck", "name")
A_CANONICAL_NAME = QT_TRANSLATE_NOOP("EditCheck", "canonical name")
A_NEW_NAME = QT_TRANSLATE_NOOP("EditCheck", "new name")


def _clean(name: str, what: str = A_NAME) -> str:
    cleaned = " ".join((name or "").split())
    shown = Label(EDIT_CHECK_CONTEXT, what)
    if not cleaned:
        raise edit_refused(QT_TRANSLATE_NOOP("EditCheck", "The {what} is empty."), what=shown)
    if len(cleaned) > 200:
        raise edit_refused(
            QT_TRANSLATE_NOOP("EditCheck", "The {what} is longer than 200 characters."), what=shown
        )
    control = first_control_character(cleaned)
    if control is not None:
        raise edit_refused(
            QT_TRANSLATE_NOOP("EditCheck", "The {what} holds a control character (U+{code})."),
            what=shown,
            code=f"{ord(control):04X}",
        )
    return cleaned


def _name_type(type_: str) -> str:
    if type_ not in NAME_TYPE_CODES:
        known = ", ".join(NAME_TYPE_CODES)
        raise edit_refused(
            QT_TRANSLATE_NOOP("EditCheck", "“{type}” is not a type of name; use one of {known}."),
            type=type_,
            known=known,
        )
    return type_


def _changes(scope: EntityScope, documents, names=()) -> Changes:
    changes = Changes.of(Table.ENTITIES, updated=scope.entity_ids)
    if scope.mention_ids:
        changes |= Changes.of(Table.MENTIONS, updated=scope.mention_ids, document_ids=documents)
    if scope.capacity_row_ids:
        changes |= Changes.of(Table.CAPACITY, updated=scope.capacity_row_ids)
    return changes.with_names(names)


def _sheet_rows(conn, canonical: str, type_: str, written_key=None) -> frozenset[int]:
    """Capacity rows naming this company: the sheet follows the entity."""
    if type_ != "ORG":
        return frozenset()
    return capacity_rows_of_company(conn, canonical, written_key)


def _edit(
    store: Store,
    label: str,
    scope: EntityScope,
    mutate: Callable[[], EntityScope],
    names: Sequence[str] = (),
) -> Outcome:
    """Snapshot ``scope``, run ``mutate`` (which returns the rows it created), report."""
    conn = store.conn
    with store.transaction():
        before = snapshot(conn, scope)
        created = mutate()
        full = scope | created
        documents = documents_of_mentions(conn, full.mention_ids)
        documents |= {row[1] for row in before.mentions}
    saved = EntitySnapshot(
        full, before.entities, before.aliases, before.never, before.mentions, before.companies
    )
    inverse = partial(_put_back, label=label, saved=saved, names=tuple(names))
    return Outcome(label, _changes(full, documents, names), inverse)


def _put_back(
    store: Store, *, label: str, saved: EntitySnapshot, names: tuple[str, ...]
) -> Outcome:
    """Restore a snapshot; the inverse restores what was there before."""
    conn = store.conn
    with store.transaction():
        now = snapshot(conn, saved.scope)
        documents = restore(conn, saved)
    documents |= {row[1] for row in now.mentions}
    inverse = partial(_put_back, label=label, saved=now, names=names)
    return Outcome(label, _changes(saved.scope, documents, names), inverse)


def _owners(store: Store, names: Sequence[tuple[str, str]]) -> frozenset[int]:
    """Entities that now hold these (name, type) aliases: their rows change too."""
    owners = set()
    for name, type_ in names:
        held = alias(store.conn, name, type_)
        if held is not None:
            owners.add(held.entity_id)
    return frozenset(owners)


def _entity_id(store: Store, canonical: str, type_: str) -> int:
    with store.transaction():
        return ensure_entity(store.conn, canonical, type_, "rule")


# -- the operations --------------------------------------------------------------------


def teach_name(store: Store, name: str, type_: str, canonical: str | None = None) -> Outcome:
    """Add ``name`` to the analyst's lexicon as an alias of ``canonical`` (itself by default).

    A name already taught (in either script) stays with its entity unless ``canonical``
    says otherwise; a name marked never an entity is one again.
    """
    name, type_ = _clean(name), _name_type(type_)
    held = alias(store.conn, name, type_)
    if held is not None and canonical is None:
        return unchanged(f"Teach {quote(name)}")
    canonical = _clean(canonical, A_CANONICAL_NAME) if canonical else name
    target = entity_by_name(store.conn, canonical, type_)
    if held is not None and target is not None and held.entity_id == target.id:
        return unchanged(f"Teach {quote(name)}")
    key = name_key(name)
    scope = EntityScope(
        _owners(store, [(name, type_)]) | ({target.id} if target else frozenset()),
        never=frozenset({key}),
    )
    conn = store.conn

    def mutate() -> EntityScope:
        entity_id = ensure_entity(conn, canonical, type_, "analyst")
        set_alias(conn, name, type_, entity_id)
        forget_never_name(conn, key)
        return EntityScope(frozenset({entity_id}))

    label = f"Teach {quote(name)} as {ENTITY_TYPES.label(type_)}"
    return _edit(store, label, scope, mutate, names=[name])


def adopt_entity(store: Store, canonical: str, type_: str) -> Outcome:
    """Make an entity the analyst's own: its record stays, and other spellings join it."""
    canonical, type_ = _clean(canonical, A_CANONICAL_NAME), _name_type(type_)
    existing = entity_by_name(store.conn, canonical, type_)
    if existing is not None and existing.source == "analyst":
        return unchanged(f"Keep {quote(canonical)}")
    conn = store.conn

    def mutate() -> EntityScope:
        entity_id = ensure_entity(conn, canonical, type_, "analyst")
        make_analysts(conn, entity_id)
        return EntityScope(frozenset({entity_id}))

    scope = EntityScope(frozenset({existing.id}) if existing else frozenset())
    label = f"Keep {quote(canonical)} as {ENTITY_TYPES.label(type_)}"
    return _edit(store, label, scope, mutate, names=[canonical])


def never_an_entity(store: Store, name: str) -> Outcome:
    """Mark ``name`` never an entity: its mentions go from every document, now and later."""
    name = _clean(name)
    key = name_key(name)
    if is_never_name(store.conn, key):
        return unchanged(f"Never {quote(name)}")
    conn = store.conn
    mentions = mention_ids_written(conn, name)
    owners = _owners(store, [(name, t) for t in NAME_TYPE_CODES])
    scope = EntityScope(owners, frozenset({key}), frozenset(m[0] for m in mentions))

    def mutate() -> EntityScope:
        add_never_name(conn, key, name)
        delete_mentions(conn, [m[0] for m in mentions])
        return EntityScope()

    return _edit(store, f"Never an entity: {quote(name)}", scope, mutate)


def rename_entity(store: Store, canonical: str, type_: str, new_name: str) -> Outcome:
    """Give an entity a new canonical name; with another entity's name, merge into it."""
    new_name = _clean(new_name, A_NEW_NAME)
    if new_name == canonical:
        return unchanged(f"Rename {quote(canonical)}")
    if entity_by_name(store.conn, new_name, type_) is not None:
        return merge_entities(store, (new_name, type_), [(canonical, type_)])
    conn = store.conn
    entity_id = _entity_id(store, canonical, type_)
    mentions = mention_ids_of(conn, canonical, type_)
    sheet_rows = _sheet_rows(conn, canonical, type_)
    scope = EntityScope(
        frozenset({entity_id}) | _owners(store, [(canonical, type_)]),
        mention_ids=frozenset(m[0] for m in mentions),
        capacity_row_ids=facts_touched_by_renaming(conn, sheet_rows, new_name),
    )

    def mutate() -> EntityScope:
        rename_entity_record(conn, entity_id, new_name)
        rename_company(conn, sheet_rows, new_name)
        move_mentions(conn, (canonical, type_), (new_name, type_))
        # Documents recognised later name it so too.
        set_alias(conn, canonical, type_, entity_id)
        return EntityScope()

    return _edit(store, f"Rename {quote(canonical)} to {quote(new_name)}", scope, mutate)


def merge_entities(store: Store, target: Entity, others: Sequence[Entity]) -> Outcome:
    """Make ``others`` one entity with ``target``: their mentions and aliases go to it."""
    others = [o for o in dict.fromkeys(others) if o != target]
    if not others:
        return unchanged(f"Merge into {quote(target[0])}")
    conn = store.conn
    # A target no document names yet is made inside the edit, so that undo removes it.
    existing = entity_by_name(conn, *target)
    other_ids = [_entity_id(store, *o) for o in others]
    mentions = [m for o in others for m in mention_ids_of(conn, *o)]
    taught = [(a.written, a.type) for a in alias_names(conn, other_ids)] + list(others)
    sheet_rows = (
        frozenset().union(*(_sheet_rows(conn, *o) for o in others))
        if target[1] == "ORG"
        else frozenset()
    )
    scope = EntityScope(
        frozenset({*other_ids, *([existing.id] if existing else [])}) | _owners(store, taught),
        mention_ids=frozenset(m[0] for m in mentions),
        capacity_row_ids=facts_touched_by_renaming(conn, sheet_rows, target[0]),
    )

    def mutate() -> EntityScope:
        target_id = ensure_entity(conn, *target, "analyst")
        rename_company(conn, sheet_rows, target[0])
        make_analysts(conn, target_id)
        for (canonical, type_), other_id in zip(others, other_ids, strict=True):
            move_mentions(conn, (canonical, type_), target)
            for taught_name in alias_names(conn, [other_id]):
                set_alias(conn, taught_name.written, taught_name.type, target_id)
            delete_entity(conn, other_id)
            # Documents recognised later resolve the old name to the target.
            set_alias(conn, canonical, type_, target_id)
        return EntityScope(frozenset({target_id}))

    names = ", ".join(quote(o[0]) for o in others)
    return _edit(store, f"Merge {names} into {quote(target[0])}", scope, mutate)


def split_alias(store: Store, entity: Entity, written: str) -> Outcome:
    """Make the mentions written ``written`` an entity of their own, named so."""
    written = _clean(written)
    canonical, type_ = entity
    if name_key(written) == name_key(canonical):
        raise edit_refused(
            QT_TRANSLATE_NOOP("EditCheck", "{name} is the entity's own name; rename it instead."),
            name=quote(written),
        )
    conn = store.conn
    entity_id = _entity_id(store, canonical, type_)
    key = name_key(written)
    mentions = [
        (m.id, m.document_id)
        for m in mentions_written(conn, canonical, type_)
        if name_key(m.text) == key
    ]
    existing = entity_by_name(conn, written, type_)
    split_rows = _sheet_rows(conn, canonical, type_, lambda w: name_key(w) == key)
    scope = EntityScope(
        frozenset({entity_id})
        | _owners(store, [(written, type_)])
        | ({existing.id} if existing else frozenset()),
        mention_ids=frozenset(m[0] for m in mentions),
        capacity_row_ids=facts_touched_by_renaming(conn, split_rows, written),
    )

    def mutate() -> EntityScope:
        new_id = ensure_entity(conn, written, type_, "analyst")
        rename_company(conn, split_rows, written)
        set_mentions_canonical(conn, [m[0] for m in mentions], written)
        set_alias(conn, written, type_, new_id)
        return EntityScope(frozenset({new_id}))

    return _edit(store, f"Split {quote(written)} off {quote(canonical)}", scope, mutate)


def change_entity_type(store: Store, entity: Entity, new_type: str) -> Outcome:
    """Change an entity's type everywhere; onto an entity of that type, merge into it."""
    canonical, type_ = entity
    new_type = _name_type(new_type)
    if new_type == type_:
        return unchanged(f"Change the type of {quote(canonical)}")
    conn = store.conn
    if entity_by_name(conn, canonical, new_type) is not None:
        return merge_entities(store, (canonical, new_type), [entity])
    entity_id = _entity_id(store, canonical, type_)
    mentions = mention_ids_of(conn, canonical, type_)
    # Every way it is written, found as the old type, resolves to it with the new
    # one in documents recognised later; its own name is also found as the new type.
    redirects = [(canonical, type_), (canonical, new_type)]
    redirects += [(text, type_) for text, _count in written_forms(conn, canonical, type_)]
    scope = EntityScope(
        frozenset({entity_id}) | _owners(store, redirects),
        mention_ids=frozenset(m[0] for m in mentions),
    )

    def mutate() -> EntityScope:
        retype_entity_record(conn, entity_id, new_type)
        move_mentions(conn, (canonical, type_), (canonical, new_type))
        for written, found_as in redirects:
            set_alias(conn, written, found_as, entity_id)
        return EntityScope()

    label = f"Make {quote(canonical)} {ENTITY_TYPES.label(new_type)}"
    return _edit(store, label, scope, mutate, names=[canonical])


# Names longer than this are sentences selected by accident, not names to teach.
TEACHABLE_LENGTH = 40


def _teachable(text: str, type_: str) -> bool:
    return type_ in NAME_TYPE_CODES and 2 <= len(" ".join(text.split())) <= TEACHABLE_LENGTH


def annotate_name(
    store: Store, document_id: int, start: int, end: int, type_: str, note: str = ""
) -> Outcome:
    """Annotate a span; a name (ORG, GPE…) also goes into the lexicon, in the same step."""
    from .annotations import annotate

    text = store.document_text(document_id)[start:end]
    operation = partial(
        annotate, document_id=document_id, start=start, end=end, type_=type_, note=note
    )
    if not _teachable(text, type_):
        return operation(store)
    label = f"Annotate {quote(text)} as {type_}"
    outcome = combined(label, [operation, partial(teach_name, name=text, type_=type_)])(store)
    return replace(outcome, value=outcome.value[0])


def accept_name(store: Store, mention, verdict: str | None) -> Outcome:
    """Review a mention; accepting a name also puts it in the lexicon for its entity."""
    from .annotations import review_mention

    operation = partial(review_mention, mention=mention, verdict=verdict)
    if verdict != "accepted" or not _teachable(mention.text, mention.type):
        return operation(store)
    teach = partial(teach_name, name=mention.text, type_=mention.type, canonical=mention.canonical)
    outcome = combined(f"Accept {quote(mention.text)}", [operation, teach])(store)
    return replace(outcome, value=outcome.value[0])
