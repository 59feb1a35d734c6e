"""The vocabularies are defined once, agree with the store, and are not spelled out again."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest

from workbench.core import vocabulary as v
from workbench.core.documents import Kind
from workbench.core.errors import WorkbenchError
from workbench.core.script import Script
from workbench.core.sheets import SHEETS, add_row, sheet
from workbench.core.sheets.schema import ENUM
from workbench.core.store import Store
from workbench.core.store.annotations import add_annotation, update_annotation

PACKAGE = Path(v.__file__).resolve().parents[1]
HEX = re.compile(r"#[0-9a-f]{6}")
VOCABULARIES = {
    "entity types": v.ENTITY_TYPES,
    "review states": v.REVIEW_STATES,
    "document kinds": v.DOCUMENT_KINDS,
    "scripts": v.SCRIPTS,
    "sheets": v.SHEET_NAMES,
    "charts": v.CHARTS,
    "capacity statuses": v.CAPACITY_STATUSES,
    "capacity periods": v.CAPACITY_PERIODS,
}
# Where the value may be left empty, "" is a code of its own.
MAY_BE_EMPTY = {"capacity statuses", "capacity periods"}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.sqlite3") as store:
        yield store


def _a_document(conn: sqlite3.Connection) -> int:
    text = "台積電在南京擴產"
    cursor = conn.execute(
        "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
        "text_simplified, raw_text, script) VALUES ('h', ?, 't', 't', ?, ?, ?, ?)",
        (Kind.ARTICLE, text, text, text, Script.TRADITIONAL),
    )
    conn.commit()
    return cursor.lastrowid


# -- each vocabulary on its own ---------------------------------------------------------


@pytest.mark.parametrize("name", VOCABULARIES)
def test_codes_are_unique_and_every_term_is_labelled(name):
    vocabulary = VOCABULARIES[name]
    codes = vocabulary.codes
    assert len(codes) == len(set(codes)) == len(vocabulary) > 0
    for term in vocabulary:
        assert term.code.strip() == term.code
        assert term.code or name in MAY_BE_EMPTY
        assert term.label and term.label_zh
        assert vocabulary[term.code] is term
        assert vocabulary.label(term.code) == term.label
    assert vocabulary.label("no such code") == "no such code"
    assert vocabulary.get("no such code") is None


def test_entity_types_have_one_digit_and_two_colours_each():
    assert [t.key for t in v.ENTITY_TYPES] == [str(n) for n in range(1, len(v.ENTITY_TYPES) + 1)]
    for type_ in v.ENTITY_TYPES:
        assert HEX.fullmatch(type_.background) and HEX.fullmatch(type_.strong)
        assert v.entity_type_for_key(type_.key) is type_
    assert v.entity_type_for_key("9") is None
    assert {"MONEY", "PERCENT", "QUANTITY"} == v.NUMERIC_TYPE_CODES
    unknown = v.entity_type("EVENT")
    assert unknown.code == "EVENT" and unknown.label == v.OTHER_ENTITY_TYPE.label


def test_review_states_have_a_colour_and_the_rules_of_editing():
    for state in v.REVIEW_STATES:
        assert HEX.fullmatch(state.colour)
    assert (v.AUTO, v.CONFIRMED, v.EDITED, v.REJECTED) == v.REVIEW_CODES
    # Changing a value the source gave makes the row edited; export "confirmed only"
    # keeps what the analyst stands by.
    assert {s.code for s in v.REVIEW_STATES if s.source_values} == {v.AUTO, v.CONFIRMED}
    assert {s.code for s in v.REVIEW_STATES if s.vouched} == {v.CONFIRMED, v.EDITED}


def test_kind_and_script_names_are_the_vocabulary_codes():
    assert (Kind.ARTICLE, Kind.REPORT, Kind.DIGEST) == ("article", "report", "digest")
    assert set(v.DOCUMENT_KINDS.codes) == {Kind.ARTICLE, Kind.REPORT, Kind.DIGEST}
    assert tuple(Script) == v.SCRIPTS.codes
    assert (Script.TRADITIONAL, Script.NONE) == ("traditional", "none")


def test_every_chart_draws_known_data():
    data = {*v.SHEET_NAMES.codes, v.ENTITIES_DATA, v.DOCUMENTS_DATA}
    assert {chart.data for chart in v.CHARTS} == data
    assert v.CAPACITY_CHART.code == "capacity" and v.DOCUMENTS_BY_DATE_CHART.data == "documents"


# -- agreement with the store and the schemas -----------------------------------------------


def test_every_sheet_name_has_a_schema_and_a_table(store):
    assert tuple(SHEETS) == v.SHEET_NAMES.codes
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    for name in v.SHEET_NAMES:
        schema = sheet(name.code)
        assert (schema.title, schema.table) == (name.label, name.table)
        assert name.table in tables


@pytest.mark.parametrize("name", v.SHEET_NAMES.codes)
def test_every_review_state_is_accepted_by_the_sheet_tables(store, name):
    schema = sheet(name)
    review = schema.column("review")
    assert review.kind == ENUM and review.choices == v.REVIEW_CODES
    conn = store.conn
    values = {schema.essential[0]: "某公司"}
    for state in v.REVIEW_CODES:
        add_row(conn, schema, values, review=state)
    stored = [r[0] for r in conn.execute(f"SELECT review FROM {schema.table} ORDER BY id")]
    assert stored == list(v.REVIEW_CODES)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"UPDATE {schema.table} SET review = 'accepted'")
    # The CHECK constraint spells out exactly the vocabulary's codes.
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (schema.table,)).fetchone()
    check = re.search(r"review IN \(([^)]*)\)", sql[0]).group(1)
    assert tuple(re.findall(r"'([^']*)'", check)) == v.REVIEW_CODES


@pytest.mark.parametrize(
    ("column", "vocabulary"), [("status", v.CAPACITY_STATUSES), ("period", v.CAPACITY_PERIODS)]
)
def test_every_capacity_status_and_period_is_accepted_by_the_capacity_table(
    store, column, vocabulary
):
    schema = sheet(v.CAPACITY_SHEET.code)
    assert schema.column(column).choices == vocabulary.codes
    conn = store.conn
    row_id = add_row(conn, schema, {"company": "某公司"})
    for code in vocabulary.codes:
        conn.execute(f"UPDATE capacity_rows SET {column} = ? WHERE id = ?", (code, row_id))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"UPDATE capacity_rows SET {column} = 'someday' WHERE id = ?", (row_id,))
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'capacity_rows'").fetchone()[0]
    check = re.search(rf"{column} IN \(([^)]*)\)", sql).group(1)
    assert set(re.findall(r"'([^']*)'", check)) == set(vocabulary.codes)


def test_every_entity_type_is_accepted_as_an_annotation(store):
    document_id = _a_document(store.conn)
    for type_ in v.ENTITY_TYPES:
        annotation = add_annotation(store.conn, document_id, 0, 3, type_.code)
        assert annotation.type == type_.code
    with pytest.raises(WorkbenchError):
        add_annotation(store.conn, document_id, 0, 3, "EVENT")
    with pytest.raises(WorkbenchError):
        update_annotation(store.conn, annotation.id, type_="org")


def test_the_recogniser_and_the_lexicon_use_only_known_types():
    from workbench.core.nlp.devset import parse_markup
    from workbench.core.nlp.lexicon import DICTIONARY_TYPES

    assert set(DICTIONARY_TYPES.values()) <= set(v.ENTITY_TYPE_CODES)
    for type_ in v.ENTITY_TYPES:
        assert parse_markup(f"⟦台積電|{type_.code}⟧")[1] == [(0, 3, type_.code)]
    with pytest.raises(ValueError):
        parse_markup("⟦台積電|EVENT⟧")


def test_the_seeded_documents_have_known_kinds_and_scripts(seeded_store_path):
    conn = sqlite3.connect(seeded_store_path)
    try:
        kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM documents")}
        scripts = {r[0] for r in conn.execute("SELECT DISTINCT script FROM documents")}
        types = {r[0] for r in conn.execute("SELECT DISTINCT type FROM mentions")}
    finally:
        conn.close()
    assert kinds == set(v.DOCUMENT_KINDS.codes)
    assert scripts <= set(v.SCRIPTS.codes)
    assert types <= set(v.ENTITY_TYPE_CODES)


def test_the_cli_offers_exactly_the_charts_and_sheets():
    import argparse

    from workbench.cli import build_parser

    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))

    def choices(command: str, dest: str) -> list[str]:
        action = next(a for a in commands.choices[command]._actions if a.dest == dest)
        return list(action.choices)

    assert choices("chart", "chart") == list(v.CHART_CODES)
    assert choices("export", "sheet")[: len(v.SHEET_NAMES)] == list(v.SHEET_NAMES.codes)


# -- nobody defines them again --------------------------------------------------------------


def _collections(tree: ast.AST):
    """Every tuple, list, set or dict display, with the strings written directly in it."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None] + node.values
        else:
            continue
        strings = [
            i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)
        ]
        if strings:
            yield node, strings


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.resolve() != Path(v.__file__).resolve():
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_module_spells_out_a_vocabulary_again():
    """A display of more than half of a vocabulary's codes is a second definition of it.

    A few codes together are fine (``span.type in ("ORG", "GPE")`` picks some types);
    listing most of them means the list will fall behind when the vocabulary changes.
    """
    found = []
    for path, tree in _sources():
        for node, strings in _collections(tree):
            for name, vocabulary in VOCABULARIES.items():
                codes = set(vocabulary.codes)
                if len(codes & set(strings)) > len(codes) // 2:
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} ({name})")
    assert not found, "vocabulary spelled out again in: " + ", ".join(found)


def test_chart_names_are_never_written_out_as_strings():
    # The hyphenated names are the charts' alone: anywhere else they are a copy.
    names = {code for code in v.CHART_CODES if "-" in code}
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in names
    ]
    assert not found, "chart name written out in: " + ", ".join(found)


def test_the_check_itself_finds_a_copy():
    tree = ast.parse('TYPES = ("ORG", "GPE", "PERSON", "MONEY", "PERCENT")\nPAIR = ("ORG", "GPE")')
    hits = [s for _, s in _collections(tree) if len(set(s) & set(v.ENTITY_TYPE_CODES)) > 4]
    assert hits == [["ORG", "GPE", "PERSON", "MONEY", "PERCENT"]]
