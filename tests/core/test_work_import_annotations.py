"""Annotations moved between stores through their exports: the Annotations panel's CSV and
``workbench export annotations`` (for people in Traditional Chinese, or with ``--keys``),
imported into another store holding the same documents under other ids."""

from __future__ import annotations

import csv

import pytest

from tests.postgres_server import fresh_database, server_url
from workbench.cli import main
from workbench.cli_translation import translator_for
from workbench.core.errors import InputFileError
from workbench.core.export_tables import annotations_table, entities_table
from workbench.core.export_xlsx import write_workbook
from workbench.core.operations import combined
from workbench.core.operations.annotations import annotate, update_annotation_op
from workbench.core.store import Store
from workbench.core.store.annotation_listing import annotation_rows, export_annotations
from workbench.core.store.store import NewDocument, store_document
from workbench.core.translatable import untranslated
from workbench.core.work_import import import_work

TRADITIONAL = translator_for("zh_TW")
TRANSLATIONS = (untranslated, TRADITIONAL)
TSMC = "台積電透露未來計畫"
PACKAGING = "先進封裝,全速擴產"
WAFERS = "2023晶圆制造行业简析报告"

# (title, text annotated, which occurrence, type, note).  Notes and a text that start
# like a formula, which the CSV export guards with an apostrophe; two annotations of
# one span and type with their own notes.
SPANS = [
    (TSMC, "台積電", 0, "ORG", "=晶圓代工龍頭"),
    (TSMC, "台積電", 1, "ORG", ""),
    (PACKAGING, "19 兆韓元", 0, "MONEY", "約合 129 億美元"),
    (WAFERS, "-2025E", 0, "DATE", "+预测"),
    (WAFERS, "晶圆", 0, "PRODUCT", "12 英寸"),
    (WAFERS, "晶圆", 0, "PRODUCT", "8 英寸"),
]
FORMS = ("panel_csv", "keys_xlsx", "people_xlsx")


@pytest.fixture
def other_store(request, tmp_path):
    """An empty store of the engine ``seeded_store`` has in this test."""
    if request.node.callspec.params["seeded_store"] == "sqlite":
        store = Store(tmp_path / "other.sqlite3")
        yield store
        store.close()
        return
    with fresh_database(server_url()) as url:
        store = Store(url)
        yield store
        store.close()


def document_id(store: Store, title: str) -> int:
    return store.conn.execute("SELECT id FROM documents WHERE title = ?", (title,)).fetchone()[0]


def span_of(store: Store, title: str, text: str, occurrence: int) -> tuple[int, int, int]:
    found = document_id(store, title)
    body, start = store.document_text(found), -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return found, start, start + len(text)


def annotate_all(store: Store, spans=SPANS):
    """The spans annotated as one edit; its outcome (whose inverse takes them away)."""
    edits = []
    for title, text, occurrence, type_, note in spans:
        found, start, end = span_of(store, title, text, occurrence)
        edits.append(lambda s, a=(found, start, end, type_, note): annotate(s, *a[:4], note=a[4]))
    return combined("Annotate", edits)(store)


def copy_documents(source: Store, target: Store, leave_out: tuple[str, ...] = ()) -> None:
    """``source``'s documents into ``target``, the last first: each under another id."""
    with target.transaction():
        for found in reversed(source.document_ids()):
            d = source.document(found)
            if d.title not in leave_out:
                store_document(target.conn, NewDocument(d.kind, d.title, d.text, d.raw_text))


def annotations(store: Store) -> list[tuple]:
    """The store's annotations as any store has them: by document key, span, type, note."""
    rows = annotation_rows(store.conn)
    return sorted((r.document_key, r.start, r.end, r.type, r.note, r.text) for r in rows)


def export(store: Store, folder, form: str):
    if form == "panel_csv":
        path = folder / "annotations.csv"
        export_annotations(path, annotation_rows(store.conn))
    elif form == "keys_xlsx":
        path = folder / "annotations-keys.xlsx"
        write_workbook(path, [annotations_table(store.conn, keys=True)])
    else:
        path = folder / "annotations-zh_TW.xlsx"
        write_workbook(path, [annotations_table(store.conn, translate=TRADITIONAL)])
    return path


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def write_csv(path, lines: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, lineterminator="\r\n").writerows(lines)


def counts(outcome) -> tuple[int, int, int, list]:
    report = outcome.value
    return report.added, report.updated, report.already, report.left_out


@pytest.mark.parametrize("form", FORMS)
def test_annotations_move_to_a_store_with_other_ids(seeded_store, other_store, tmp_path, form):
    annotate_all(seeded_store)
    copy_documents(seeded_store, other_store)
    assert document_id(other_store, TSMC) != document_id(seeded_store, TSMC)
    found, start, end = span_of(other_store, PACKAGING, "SK 海力士", 0)
    annotate(other_store, found, start, end, "ORG", "there before")
    before = annotations(other_store)
    path = export(seeded_store, tmp_path, form)

    outcome = import_work(other_store, path, TRANSLATIONS)
    assert counts(outcome) == (len(SPANS), 0, 0, [])
    assert annotations(other_store) == sorted(before + annotations(seeded_store))
    tsmc = [r for r in annotation_rows(other_store.conn) if r.title == TSMC]
    assert [(r.text, r.note) for r in tsmc] == [("台積電", "=晶圓代工龍頭"), ("台積電", "")]

    again = import_work(other_store, path, TRANSLATIONS)
    assert counts(again) == (0, 0, len(SPANS), [])
    assert not again.changed and again.inverse is None
    assert len(annotations(other_store)) == len(before) + len(SPANS)

    undone = outcome.inverse(other_store)
    assert annotations(other_store) == before
    undone.inverse(other_store)
    assert annotations(other_store) == sorted(before + annotations(seeded_store))


@pytest.mark.parametrize(
    "command",
    [
        ["annotations", "--keys"],
        ["annotations", "--language", "zh_TW"],
        ["all", "--language", "zh_TW"],
    ],
)
def test_what_the_command_line_exports_imports(seeded_store, other_store, tmp_path, command):
    """``workbench export annotations`` (and ``export all``'s workbook, whose other worksheets
    are the sheets and the entity index) imports into the other store."""
    annotate_all(seeded_store)
    copy_documents(seeded_store, other_store)
    out = tmp_path / "export.xlsx"
    args = ["export", *command, "--out", str(out), "--db", str(seeded_store.location)]
    assert main(args) == 0

    report = import_work(other_store, out, TRANSLATIONS).value
    (plan,) = [p for p in report.plans if p.kind == "annotations"]
    assert (plan.added, plan.updated, plan.already, plan.left_out) == (len(SPANS), 0, 0, [])
    assert annotations(other_store) == annotations(seeded_store)


def test_a_changed_note_changes_that_annotation(seeded_store, other_store, tmp_path):
    annotate_all(seeded_store)
    copy_documents(seeded_store, other_store)
    import_work(other_store, export(seeded_store, tmp_path, "panel_csv"))
    ids = sorted(r.id for r in annotation_rows(other_store.conn))
    # both annotations of one span and type change, each keeping its own id
    changed = {"=晶圓代工龍頭": "晶圓代工", "12 英寸": "12 吋", "8 英寸": "8 吋"}
    for row in annotation_rows(seeded_store.conn):
        if row.note in changed:
            update_annotation_op(seeded_store, row.id, note=changed[row.note])
    path = export(seeded_store, tmp_path, "people_xlsx")

    outcome = import_work(other_store, path, TRANSLATIONS)
    assert counts(outcome) == (0, 3, len(SPANS) - 3, [])
    assert annotations(other_store) == annotations(seeded_store)
    assert sorted(r.id for r in annotation_rows(other_store.conn)) == ids  # changed, not added
    outcome.inverse(other_store)
    notes = sorted(r.note for r in annotation_rows(other_store.conn))
    assert notes == sorted(note for *_, note in SPANS)


def test_a_changed_note_twice_in_one_file_changes_one_annotation(
    seeded_store, other_store, tmp_path
):
    annotate_all(seeded_store)
    copy_documents(seeded_store, other_store)
    import_work(other_store, export(seeded_store, tmp_path, "panel_csv"))
    before = len(annotation_rows(other_store.conn))
    path = export(seeded_store, tmp_path, "panel_csv")
    lines = read_csv(path)
    note = lines[0].index("note")
    lines[1][note] = "复核"
    write_csv(path, [*lines, lines[1]])  # the changed row, twice

    outcome = import_work(other_store, path)
    assert counts(outcome) == (0, 1, len(SPANS), [])
    assert len(annotation_rows(other_store.conn)) == before  # changed once, none added
    assert [r.note for r in annotation_rows(other_store.conn)].count("复核") == 1


@pytest.mark.parametrize("form", FORMS[:2])
def test_spans_that_start_like_a_formula_read_back(seeded_store, other_store, tmp_path, form):
    """The CSV export guards a text or note starting with =, +, -, @, a tab or a carriage
    return (a text starting with the apostrophe of the guard cannot be told from a guarded
    one): the span still reads as the row's text, the note is the note."""
    text = "營收'=三成,\t+五成,-七成,@八成。"
    for store in (seeded_store, other_store):
        with store.transaction():
            store_document(store.conn, NewDocument("article", "公式", text, text))
    parts = ("'=三成", "\t+五成", "-七成", "@八成")
    notes = ("\t縮排的備註", "\r", "-", "")
    spans = [("公式", part, 0, "PERCENT", note) for part, note in zip(parts, notes, strict=True)]
    annotate_all(seeded_store, spans)

    outcome = import_work(other_store, export(seeded_store, tmp_path, form))
    assert counts(outcome) == (len(spans), 0, 0, [])
    assert annotations(other_store) == annotations(seeded_store)


def test_rows_that_cannot_be_placed_are_left_out_by_number(seeded_store, other_store, tmp_path):
    annotate_all(seeded_store)
    copy_documents(seeded_store, other_store, leave_out=(PACKAGING,))
    lines = read_csv(export(seeded_store, tmp_path, "panel_csv"))
    header = lines[0]
    column = {name: header.index(name) for name in header}
    by_text = {(line[column["text"]], line[column["note"]]): n for n, line in enumerate(lines)}
    stale = lines[by_text[("晶圆", "8 英寸")]]
    stale[column["text"]] = "晶片"  # the text at the span is no longer what the row quotes
    wrong_type = list(lines[by_text[("台積電", "")]])
    wrong_type[column["type"]] = "WIDGET"
    beyond = list(wrong_type)
    beyond[column["type"]], beyond[column["end"]] = "ORG", "999999"
    unnumbered = list(beyond)
    unnumbered[column["start"]] = "第一"
    lines += [list(lines[by_text[("'-2025E", "'+预测")]]), wrong_type, beyond, unnumbered]
    write_csv(tmp_path / "edited.csv", lines)

    outcome = import_work(other_store, tmp_path / "edited.csv")
    added, updated, already, left_out = counts(outcome)
    # the duplicated row is annotated once; every row left out is named by its number
    assert (added, updated, already) == (len(SPANS) - 2, 0, 1)
    reasons = {number: str(why) for _, number, why in left_out}
    rows = {name: n + 1 for name, n in by_text.items()}  # the header is row 1
    missing, changed = rows[("19 兆韓元", "約合 129 億美元")], rows[("晶圆", "8 英寸")]
    last = len(lines)
    assert sorted(reasons) == [*sorted((missing, changed)), last - 2, last - 1, last]
    assert "is not in this store" in reasons[missing]
    assert "“晶片” is not at" in reasons[changed]
    assert "“WIDGET” is not an annotation type" in reasons[last - 2]
    assert "is not within its document" in reasons[last - 1]
    assert reasons[last] == "its start “第一” is not a whole number"
    assert {t for _, _, _, _, _, t in annotations(other_store)} == {"台積電", "-2025E", "晶圆"}


def test_an_older_export_finds_documents_by_id_checked_by_title(
    seeded_store, other_store, tmp_path
):
    annotating = annotate_all(seeded_store)
    lines = read_csv(export(seeded_store, tmp_path, "panel_csv"))
    keyed = lines[0].index("document_key")
    write_csv(tmp_path / "older.csv", [line[:keyed] + line[keyed + 1 :] for line in lines])
    expected = annotations(seeded_store)
    annotating.inverse(seeded_store)
    assert annotations(seeded_store) == []

    outcome = import_work(seeded_store, tmp_path / "older.csv")
    assert counts(outcome) == (len(SPANS), 0, 0, [])
    assert annotations(seeded_store) == expected

    copy_documents(seeded_store, other_store)  # the same documents, other ids
    refused = import_work(other_store, tmp_path / "older.csv").value
    assert refused.added == 0 and len(refused.left_out) == len(SPANS)
    assert all("export the file again" in str(why) for _, _, why in refused.left_out)
    assert annotations(other_store) == []


@pytest.mark.sqlite_only
def test_only_an_annotations_table_is_taken_for_one(seeded_store, tmp_path):
    annotate_all(seeded_store)
    entities = tmp_path / "entities.xlsx"
    write_workbook(entities, [entities_table(seeded_store.conn)])
    with pytest.raises(InputFileError, match="no sheet or annotations export"):
        import_work(seeded_store, entities, TRANSLATIONS)
    # Traditional Chinese headers are read with their translations, not without
    people = export(seeded_store, tmp_path, "people_xlsx")
    with pytest.raises(InputFileError, match="no sheet or annotations export"):
        import_work(seeded_store, people)
    assert counts(import_work(seeded_store, people, TRANSLATIONS)) == (0, 0, len(SPANS), [])
