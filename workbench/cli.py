"""Command line over the same core as the window: no Qt is imported here.

Exit codes: 0 ok, 1 a command failed (one-line reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from .core.errors import WorkbenchError
from .core.paths import default_db_path
from .core.vocabulary import CHART_CODES, SHEET_NAMES
from .core.wording import counted


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"store file (default: {default_db_path()})",
    )


# What `workbench export` writes besides the sheets, with what one of its rows is called.
_LISTS = {"annotations": "annotation", "entities": "entity"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Industry Intelligence Workbench. Without a command, opens the window.",
    )
    _add_db(parser)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="open the window, show the longest document, save a PNG to PATH and exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a temporary store; exit 0 if all passed",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest",
        help="ingest corpus files (the bundled seeds if none): store, recognise, fill the sheets",
    )
    ingest.add_argument("paths", nargs="*", type=Path)
    _add_db(ingest)

    stats = commands.add_parser("stats", help="counts of what the store holds")
    stats.add_argument("--json", action="store_true", help="print JSON")
    _add_db(stats)

    search = commands.add_parser("search", help="full-text search in both scripts")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print one JSON object per hit")
    search.add_argument("--limit", type=int, default=20)
    _add_db(search)

    importing = commands.add_parser(
        "import",
        help="import your own files and folders (PDF, .docx, .html, .txt, .md), recursively",
    )
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_db(importing)

    entities = commands.add_parser(
        "entities", help="recognise entities: in text on standard input (-) or a stored document"
    )
    source = entities.add_mutually_exclusive_group(required=True)
    source.add_argument("stdin", nargs="?", choices=["-"], help="read UTF-8 text from stdin")
    source.add_argument("--doc", type=int, metavar="ID", help="a stored document's id")
    _add_db(entities)

    export = commands.add_parser(
        "export", help="export a curated sheet, the annotations or the entity index as CSV"
    )
    export.add_argument("sheet", choices=[*SHEET_NAMES.codes, *_LISTS])
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    export.add_argument(
        "--confirmed-only", action="store_true", help="only rows the analyst confirmed or edited"
    )
    export.add_argument("--no-bom", action="store_true", help="plain UTF-8 without a BOM")
    export.add_argument("--all-columns", action="store_true", help="every column of the sheet")
    _add_db(export)

    extract = commands.add_parser(
        "extract", help="fill the capacity and cluster sheets from the stored documents"
    )
    _add_db(extract)

    chart = commands.add_parser("chart", help="draw a chart of the store to a PNG or SVG file")
    chart.add_argument("chart", choices=CHART_CODES)
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    chart.add_argument("--stack-by-domain", action="store_true", help="clusters by country only")
    _add_db(chart)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path = getattr(args, "db", None) or default_db_path()
    try:
        if args.self_test:
            return importlib.import_module("workbench.selftest").run_self_test()
        if args.command == "ingest":
            return _ingest(db_path, args.paths)
        if args.command == "stats":
            return _stats(db_path, args.json)
        if args.command == "search":
            return _search(db_path, args.query, args.json, args.limit)
        if args.command == "import":
            return _import(db_path, args.paths)
        if args.command == "entities":
            return _entities(db_path, args.doc)
        if args.command == "export":
            return _export(db_path, args)
        if args.command == "extract":
            return _extract(db_path)
        if args.command == "chart":
            return _chart(db_path, args)
        return _window(db_path, args.screenshot)
    except WorkbenchError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`workbench search … | head`): not an error.
        sys.stdout = None  # nothing more can be written; keep Python from complaining at exit
        return 0


def _window(db_path: Path, screenshot: Path | None) -> int:
    # Imported by name so the headless commands (and their layer contract) never load Qt.
    app = importlib.import_module("workbench.app")
    return app.main(db_path, screenshot)


def _chart(db_path: Path, args: argparse.Namespace) -> int:
    # Drawing needs Qt: imported by name, so the other commands never load it.
    export = importlib.import_module("workbench.views.chart_export")
    written = export.render_chart(
        db_path, args.chart, args.out, stack_by_domain=args.stack_by_domain
    )
    print(f"chart written to {written}")
    return 0


def _open_store(db_path: Path):
    from .core.store import Store

    return Store(db_path)


def _ingest(db_path: Path, paths: list[Path]) -> int:
    from .core.pipeline import ingest_files

    with _open_store(db_path) as store:
        report = ingest_files(store, paths or None)
        print(report.summary())
        stats = store.stats()
    print(f"store {db_path}: {stats['documents']} documents, {stats['occurrences']} occurrences")
    if report.failed:
        first = report.failed[0]
        print(f"workbench: {first.path.name}: {first.error}", file=sys.stderr)
        return 1
    return 0


def _import(db_path: Path, paths: list[Path]) -> int:
    """Exit 0 when nothing failed (duplicates are not failures), 1 otherwise."""
    from .core.pipeline import import_paths

    with _open_store(db_path) as store:
        report = import_paths(store, paths)
    print(report.summary())
    if report.failed:
        first = report.failed[0]
        print(f"workbench: {first.name}: {first.reason}", file=sys.stderr)
        return 1
    return 0


def _stats(db_path: Path, as_json: bool) -> int:
    if not db_path.exists():
        raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
    with _open_store(db_path) as store:
        stats = store.stats()
    if as_json:
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key:>14}: {value}")
    return 0


def _search(db_path: Path, query: str, as_json: bool, limit: int) -> int:
    from .core.search import search

    if not db_path.exists():
        raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
    with _open_store(db_path) as store:
        hits = search(store.conn, query, limit=limit)
    for hit in hits:
        if as_json:
            record = {
                "document_id": hit.document_id,
                "title": hit.title,
                "kind": hit.kind,
                "score": hit.score,
                "hits": hit.hit_count,
                "start": hit.start,
                "end": hit.end,
                "snippet": hit.snippet,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"[{hit.document_id}] {hit.title} ({counted(hit.hit_count, 'hit')})")
            print(f"    {hit.marked_snippet()}")
    if not hits and not as_json:
        print("no matches")
    return 0


def _export(db_path: Path, args: argparse.Namespace) -> int:
    from .core.export_csv import entities_csv, export_sheet, write_csv
    from .core.sheets import sheet
    from .core.store.annotation_listing import annotation_rows, export_annotations

    if not db_path.exists():
        raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
    if args.sheet in _LISTS and (args.confirmed_only or args.all_columns):
        raise WorkbenchError("--confirmed-only and --all-columns apply to the capacity and "
                             "clusters sheets only")  # fmt: skip
    with _open_store(db_path) as store:
        if args.sheet == "annotations":
            count = export_annotations(args.out, annotation_rows(store.conn), bom=not args.no_bom)
        elif args.sheet == "entities":
            text, count = entities_csv(store.conn)
            write_csv(args.out, text, bom=not args.no_bom)
        else:
            count = export_sheet(
                store.conn,
                sheet(args.sheet),
                args.out,
                bom=not args.no_bom,
                confirmed_only=args.confirmed_only,
                all_columns=args.all_columns,
            )
    noun = SHEET_NAMES[args.sheet].row_noun if args.sheet in SHEET_NAMES else _LISTS[args.sheet]
    print(f"{args.out}: {counted(count, noun + ' row')}")
    return 0


def _extract(db_path: Path) -> int:
    from .core.pipeline import extract_all

    if not db_path.exists():
        raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
    with _open_store(db_path) as store:
        report = extract_all(store)
    print(report.summary())
    return 0


def _entities(db_path: Path, document_id: int | None) -> int:
    """One JSON object per mention; offsets index exactly the text given."""
    if document_id is None:
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise WorkbenchError(f"standard input is not UTF-8 (byte {error.start})") from None
    else:
        if not db_path.exists():
            raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
        with _open_store(db_path) as store:
            if store.document(document_id) is None:
                raise WorkbenchError(f"no document with id {document_id}")
            text = store.document_text(document_id)
    from .core.nlp import default_recognizer

    out = sys.stdout
    for mention in default_recognizer().recognise(text):
        out.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
