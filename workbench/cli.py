"""Command line over the same core as the window: no Qt is imported here.

Exit codes: 0 ok, 1 a command failed (one-line reason on stderr), 2 bad usage
(one line too, ending with where to find the usage).  Bad arguments are refused
by the parser; a ``--db`` that cannot be a store is refused before it is opened
(:func:`_check_db_path`).  Every file name, title and name the commands print
goes through :func:`printable_name`, so a newline or an escape sequence in a
file name is shown, not obeyed.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import NoReturn

from .core.errors import WorkbenchError
from .core.languages import LANGUAGE_CODES
from .core.names import printable_lines, printable_name
from .core.paths import default_db_path
from .core.search import MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS
from .core.vocabulary import CHART_CODES, NAME_TYPE_CODES, SHEET_NAMES
from .core.wording import counted


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line on stderr, exit code 2."""

    _arguments: tuple[str, ...] = ()

    def parse_known_args(self, args=None, namespace=None):
        self._arguments = tuple(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        message = printable_name(message)
        dashed = [
            a
            for a in self._arguments
            # Not a misspelt option (-x, --limt): a word that no option could be.
            if a.startswith("-") and len(a) > 1 and not a[1].isascii()
        ]
        if dashed and "--" not in self._arguments:
            # 产能 typed as -产能 (to exclude it, as elsewhere) is taken for an unknown option.
            message += (
                f"; {printable_name(dashed[0])} starts with '-' and is read as an option: "
                f"put -- before it (`{self.prog} ... -- {printable_name(dashed[0])}`)"
            )
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


# Bounds of the numbers the commands take.
MAX_LIMIT = 10_000
MAX_ID = 2**63 - 1  # SQLite's largest integer


def _path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("the path is empty")
    if "\0" in text:
        raise argparse.ArgumentTypeError("the path holds a NUL character")
    return Path(text)


# A store file's path, or a team store's postgresql:// address.
StoreLocation = Path | str


def _store_location(text: str) -> StoreLocation:
    """``--db``: a store file's path, or a team store's ``postgresql://`` address."""
    from .core.store.team_address import TeamStoreAddress, TeamStoreAddressError, is_team_store

    if is_team_store(text):
        try:
            TeamStoreAddress.parse(text)
        except TeamStoreAddressError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        return text
    return _path(text)


def _shown_store(location: StoreLocation) -> str:
    """How a message names the store: its path, or a team store's address without a
    password."""
    from .core.store.team_address import shown

    return shown(location)


def _text(text: str) -> str:
    """An argument stored or searched as text: valid Unicode (argv may not be UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = printable_name(text)
        raise argparse.ArgumentTypeError(f"{shown} is not UTF-8 text") from None
    return text


def _whole_number(what: str, maximum: int | None = None):
    """A parser of a positive whole number (at most ``maximum``) for ``type=``."""
    bounds = f"from 1 to {maximum:,}" if maximum is not None else "of 1 or more"

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or value < 1 or (maximum is not None and value > maximum):
            shown = printable_name(text)
            raise argparse.ArgumentTypeError(f'{what} is a whole number {bounds}, not "{shown}"')
        return value

    return parse


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=_store_location,
        default=argparse.SUPPRESS,
        help=f"store file, or a team store's postgresql://USER@HOST/DATABASE address "
        f"(default: {default_db_path()})",
    )


def _add_type(parser: argparse.ArgumentParser, what: str, *, required: bool = False) -> None:
    parser.add_argument("--type", choices=NAME_TYPE_CODES, required=required, help=what)


# What `workbench export` writes besides the sheets, with what one of its rows is called.
_LISTS = {"annotations": "annotation", "entities": "entity"}
_DOCUMENTS = "documents"  # the document list with the analyst's tags (CSV)
_ALL = "all"  # every sheet and list, one worksheet each
_FORMATS = ("csv", "xlsx")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Industry Intelligence Workbench. Without a command, opens the window.",
    )
    _add_db(parser)
    parser.add_argument(
        "--screenshot",
        type=_path,
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
    ingest.add_argument("paths", nargs="*", type=_path, metavar="PATH")
    _add_db(ingest)

    stats = commands.add_parser("stats", help="counts of what the store holds")
    stats.add_argument("--json", action="store_true", help="print JSON")
    _add_db(stats)

    search = commands.add_parser("search", help="full-text search in both scripts")
    search.add_argument(
        "query",
        type=_text,
        help=f"the words to find, all of them (at most {MAX_QUERY_TERMS} terms, "
        f"{MAX_QUERY_CHARACTERS} characters)",
    )
    search.add_argument("--json", action="store_true", help="print one JSON object per hit")
    search.add_argument(
        "--limit",
        type=_whole_number("the limit", MAX_LIMIT),
        default=20,
        help=f"at most this many documents (1 to {MAX_LIMIT:,}; default 20)",
    )
    _add_db(search)

    importing = commands.add_parser(
        "import",
        help="import your own files and folders (PDF, .docx, .html, .txt, .md), recursively",
    )
    importing.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    _add_db(importing)

    entities = commands.add_parser(
        "entities",
        help="recognise entities (in text on standard input, -, or a stored document, --doc); "
        "merge or rename entities",
        description="`workbench entities -` or `workbench entities --doc ID` prints one JSON "
        "object per mention, recognised with the store's lexicon; `merge` and `rename` "
        "change entities in the store.",
    )
    entities.add_argument(
        "--doc",
        type=_whole_number("a document id"),
        metavar="ID",
        help="a stored document's id",
    )
    entities.set_defaults(usage=entities)
    _add_db(entities)
    entity_actions = entities.add_subparsers(dest="entities_action", metavar="{-,merge,rename}")
    stdin = entity_actions.add_parser("-", help="read UTF-8 text from standard input")
    _add_db(stdin)
    merge = entity_actions.add_parser(
        "merge", help="make several entities one: the first named is the one kept"
    )
    merge.add_argument(
        "names",
        nargs="+",
        type=_text,
        metavar="NAME",
        help="the entity kept, then those merged into it",
    )
    _add_type(merge, "the type of the entities (when a name has more than one)")
    _add_db(merge)
    rename = entity_actions.add_parser(
        "rename", help="give an entity a new name (another entity's name merges them)"
    )
    rename.add_argument("old", type=_text, metavar="OLD")
    rename.add_argument("new", type=_text, metavar="NEW")
    _add_type(rename, "the entity's type (when the name has more than one)")
    _add_db(rename)

    lexicon = commands.add_parser(
        "lexicon",
        help="the analyst's lexicon: teach names, never-names, export and import it",
    )
    lexicon_actions = lexicon.add_subparsers(
        dest="lexicon_action", metavar="{add,never,export,import,list}", required=True
    )
    add = lexicon_actions.add_parser(
        "add", help="teach a name, and other names for the same entity, then apply them"
    )
    add.add_argument("name", type=_text, metavar="NAME")
    _add_type(add, "what the name is", required=True)
    add.add_argument(
        "--alias",
        action="append",
        default=[],
        type=_text,
        metavar="NAME",
        help="another name for it",
    )
    _add_db(add)
    never = lexicon_actions.add_parser(
        "never", help="mark a name never an entity: its mentions go, now and later"
    )
    never.add_argument("name", type=_text, metavar="NAME")
    _add_db(never)
    export_lexicon = lexicon_actions.add_parser(
        "export", help="write what the analyst taught to a file a colleague can import"
    )
    export_lexicon.add_argument("file", type=_path, metavar="FILE.json")
    _add_db(export_lexicon)
    import_lexicon = lexicon_actions.add_parser(
        "import", help="teach the store a lexicon file, then apply it to the documents"
    )
    import_lexicon.add_argument("file", type=_path, metavar="FILE.json")
    _add_db(import_lexicon)
    listing = lexicon_actions.add_parser("list", help="what the analyst taught")
    listing.add_argument("--json", action="store_true", help="print it as a lexicon file")
    _add_db(listing)

    export = commands.add_parser(
        "export",
        help="export a curated sheet, the annotations or the entity index as CSV or .xlsx "
        "(all: every one, one worksheet each, in one workbook)",
        description="Write a sheet for people: headers in the interface language, the "
        "columns in the order the Sheets panel shows them, each row's document title, "
        "publisher, date and page beside its quote, rejected rows left out. --keys writes "
        "the stable English keys, stored codes and document ids for scripts instead.",
    )
    export.add_argument("sheet", choices=[*SHEET_NAMES.codes, *_LISTS, _DOCUMENTS, _ALL])
    export.add_argument(
        "--out",
        type=_path,
        required=True,
        metavar="FILE.csv|FILE.xlsx",
        help="a new file, or a regular file to replace (a link to one is written through; "
        "a folder, pipe, device or store is refused); the suffix chooses the format",
    )
    export.add_argument(
        "--format",
        choices=_FORMATS,
        help="csv or xlsx whatever the suffix (default: from the suffix; csv for another one)",
    )
    export.add_argument(
        "--keys",
        action="store_true",
        help="stable English keys as headers, stored codes and document ids, for scripts",
    )
    export.add_argument(
        "--language",
        choices=LANGUAGE_CODES,
        help="the headers' language (default: WORKBENCH_LANGUAGE, else the system locale)",
    )
    export.add_argument(
        "--include-rejected", action="store_true", help="keep the rows the analyst rejected"
    )
    export.add_argument(
        "--confirmed-only", action="store_true", help="only rows the analyst confirmed or edited"
    )
    export.add_argument("--no-bom", action="store_true", help="plain UTF-8 without a BOM (CSV)")
    export.add_argument("--all-columns", action="store_true", help="every column of the sheet")
    _add_db(export)

    import_work = commands.add_parser(
        "import-work",
        help="bring in the sheet rows and annotations of an export from another store",
        description="Read a sheet or annotations export (CSV or .xlsx, for people in any "
        "interface language or with --keys; a workbook of several) written by another "
        "store, a colleague's or the team store, and bring its rows in as one step: each "
        "row finds its document by the document key the export carries, rows the store "
        "has are updated, the others added; a row that cannot be placed is listed.",
    )
    import_work.add_argument("file", type=_path, metavar="FILE.csv|FILE.xlsx")
    _add_db(import_work)

    extract = commands.add_parser(
        "extract", help="fill the capacity and cluster sheets from the stored documents"
    )
    _add_db(extract)

    chart = commands.add_parser("chart", help="draw a chart of the store to a PNG or SVG file")
    chart.add_argument("chart", choices=CHART_CODES)
    chart.add_argument("--out", type=_path, required=True, metavar="FILE.png")
    chart.add_argument("--stack-by-domain", action="store_true", help="clusters by country only")
    _add_db(chart)
    return parser


def _print_any_text() -> None:
    """Standard output that cannot encode a character (a console or file in ASCII,
    cp1252 or GBK) shows it as an escape (``\\u4e2d``, which JSON reads back too)
    instead of failing the command part way through its output."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _print_any_text()
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: StoreLocation = getattr(args, "db", None) or default_db_path()
    try:
        if args.self_test:
            return importlib.import_module("workbench.selftest").run_self_test()
        makes_a_store = _makes_a_store(args, db_path)
        if makes_a_store is not None and isinstance(db_path, Path):
            _check_db_path(db_path, create=makes_a_store)
        if args.command == "ingest":
            return _ingest(db_path, args.paths)
        if args.command == "stats":
            return _stats(db_path, args.json)
        if args.command == "search":
            return _search(db_path, args.query, args.json, args.limit)
        if args.command == "import":
            return _import(db_path, args.paths)
        if args.command == "entities":
            return _entities_command(db_path, args)
        if args.command == "lexicon":
            return _lexicon(db_path, args)
        if args.command == "export":
            return _export(db_path, args)
        if args.command == "import-work":
            return _import_work(db_path, args.file)
        if args.command == "extract":
            return _extract(db_path)
        if args.command == "chart":
            return _chart(db_path, args)
        return _window(db_path, args.screenshot)
    except WorkbenchError as error:
        _fail(str(error))
        return 1
    except sqlite3.DatabaseError as error:
        # What the checks on opening cannot see, such as a damaged search index.
        _fail(_store_failure(db_path, error))
        return 1
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`workbench search … | head`): not an error.
        sys.stdout = None  # nothing more can be written; keep Python from complaining at exit
        return 0


def _store_failure(db_path: StoreLocation, error: sqlite3.DatabaseError) -> str:
    from .core.store.checks import is_damage
    from .core.store.team_address import team_store_name

    if not isinstance(db_path, Path):
        return f"{team_store_name(db_path)}: the team store failed ({error}); the command stopped"
    if is_damage(error):
        return (
            f"{db_path.name} is damaged ({error}): the command stopped, and what it had "
            "begun to write was rolled back; restore the store from a backup if you have one"
        )
    return f"{db_path.name}: SQLite failed ({error}); the command stopped"


def _say(text: str) -> None:
    """Print lines to standard output with every control character shown as an escape."""
    print(printable_lines(text))


def _fail(message: str) -> None:
    """The one line on standard error that says why a command failed."""
    print(f"workbench: {printable_name(message)}", file=sys.stderr)


def _window(db_path: StoreLocation, screenshot: Path | None) -> int:
    # Imported by name so the headless commands (and their layer contract) never load Qt.
    app = importlib.import_module("workbench.app")
    return app.main(db_path, screenshot)


def _chart(db_path: StoreLocation, args: argparse.Namespace) -> int:
    from .core.export_csv import check_output_path

    check_output_path(args.out)  # a folder, pipe or device is refused, not written into
    # Drawing needs Qt: imported by name, so the other commands never load it.
    export = importlib.import_module("workbench.views.chart_export")
    written = export.render_chart(
        db_path, args.chart, args.out, stack_by_domain=args.stack_by_domain
    )
    _say(f"chart written to {printable_name(written)}")
    return 0


# -- the store a command works on ----------------------------------------------------------

_NOT_FILES = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}
_NO_STORE = "no store here yet (run `workbench ingest` first)"


def _check_db_path(db_path: Path, *, create: bool) -> None:
    """Refuse a ``--db`` that cannot be a store, in one line naming the path and the problem.

    An existing regular file passes (whether it is a store, and whether it can be
    written, is the store's to say: a store on read-only media opens for reading).
    A path with nothing at it passes only for a command that makes a new store
    (``create``), and only where one can be made: under a folder, not a file, that
    takes new files.
    """
    try:
        mode = db_path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        mode = None  # a file where a folder should be: found below
    except OSError as error:
        raise WorkbenchError(f"{db_path}: cannot be reached ({error.strerror})") from None
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise WorkbenchError(
                f"{db_path}: a folder, not a store file (name the file, such as "
                f"{db_path / default_db_path().name})"
            )
        if not stat.S_ISREG(mode):
            kind = _NOT_FILES.get(stat.S_IFMT(mode), "not a regular file")
            raise WorkbenchError(f"{db_path}: {kind}, not a store file")
        if not os.access(db_path, os.R_OK):
            raise WorkbenchError(f"{db_path}: the store cannot be read (permission denied)")
        return
    if db_path.is_symlink():
        raise WorkbenchError(
            f"{db_path}: a link to {os.path.realpath(db_path)}, which does not exist"
        )
    folder = db_path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise WorkbenchError(f"{db_path}: {folder} is a file, not a folder")
    if not create:
        raise WorkbenchError(f"{db_path}: {_NO_STORE}")
    if not os.access(folder, os.W_OK | os.X_OK):
        why = "read-only" if _read_only_media(folder) else "not writable"
        raise WorkbenchError(
            f"{db_path}: a new store cannot be made here: the folder {folder} is {why}"
        )


def _read_only_media(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _makes_a_store(args: argparse.Namespace, db_path: Path) -> bool | None:
    """Whether the command makes a new store when there is none (True), needs one (False),
    or works without a store (None: the window, which says so itself, and text on
    standard input with no ``--db`` and no store yet)."""
    command = args.command
    if command is None:
        return None
    if command in ("ingest", "import"):
        return True
    if command == "lexicon":
        return args.lexicon_action in ("add", "never", "import")
    reads_stdin = command == "entities" and args.entities_action not in ("merge", "rename")
    if (
        reads_stdin
        and args.doc is None
        and not hasattr(args, "db")
        and isinstance(db_path, Path)
        and not db_path.exists()
    ):
        return None
    return False


def _open_store(db_path: StoreLocation):
    """The store at ``db_path`` (already checked by :func:`_check_db_path`)."""
    from .core.store import Store

    try:
        store = Store(db_path)
    except (sqlite3.OperationalError, OSError) as error:
        # What the checks above cannot foresee (a special file system, a full disk).
        problem = getattr(error, "strerror", None) or error
        raise WorkbenchError(
            f"{_shown_store(db_path)}: the store cannot be opened ({problem})"
        ) from None
    if store.upgrade is not None:  # says where the store as it was is kept
        print(f"workbench: {store.upgrade.message}", file=sys.stderr)
    return store


def _require_paths(paths: list[Path], *, folders: bool = True) -> None:
    """Files (and ``folders``) named on the command line exist and are what they say: a
    named pipe or a device is refused before anything is read (reading one waits forever)."""
    for path in paths:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            what = "file or folder" if folders else "file"
            raise WorkbenchError(f"{path}: no such {what}") from None
        except OSError as error:
            raise WorkbenchError(f"{path}: cannot be read ({error.strerror})") from None
        if stat.S_ISREG(mode) or (folders and stat.S_ISDIR(mode)):
            continue
        kind = _NOT_FILES.get(stat.S_IFMT(mode), "not a regular file")
        raise WorkbenchError(f"{path}: {kind}, not a file" + (" or folder" if folders else ""))


def _printable_paths(results):
    """Report entries whose file names print safely (a newline in a name stays one line)."""
    out = []
    for result in results:
        name = result.path.name
        shown = printable_name(name)
        if shown != name:
            result = dataclasses.replace(result, path=result.path.with_name(shown))
        out.append(result)
    return out


def _ingest(db_path: StoreLocation, paths: list[Path]) -> int:
    from .core.pipeline import ingest_files

    _require_paths(paths)
    with _open_store(db_path) as store:
        report = ingest_files(store, paths or None)
        report.files = _printable_paths(report.files)
        _say(report.summary())
        stats = store.stats()
    _say(
        f"store {_shown_store(db_path)}: {stats['documents']} documents, "
        f"{stats['occurrences']} occurrences"
    )
    if report.failed:
        first = report.failed[0]
        _fail(f"{first.path.name}: {first.error}")
        return 1
    return 0


def _import(db_path: StoreLocation, paths: list[Path]) -> int:
    """Exit 0 when nothing failed (duplicates are not failures), 1 otherwise."""
    from .core.pipeline import import_paths

    _require_paths(paths)
    with _open_store(db_path) as store:
        report = import_paths(store, paths)
    report.results = _printable_paths(report.results)
    _say(report.summary())
    if report.failed:
        first = report.failed[0]
        _fail(f"{first.name}: {first.reason}")
        return 1
    return 0


def _stats(db_path: StoreLocation, as_json: bool) -> int:
    with _open_store(db_path) as store:
        stats = store.stats()
    if as_json:
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key:>14}: {value}")
    return 0


def _search(db_path: StoreLocation, query: str, as_json: bool, limit: int) -> int:
    from .core.search import parse_query, search

    if not parse_query(query):  # also refuses a query too long to search
        raise WorkbenchError("the query is empty: give a word to search for")
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
            _say(f"[{hit.document_id}] {hit.title} ({counted(hit.hit_count, 'hit')})")
            _say(f"    {hit.marked_snippet()}")
    if not hits and not as_json:
        print("no matches")
    return 0


def _export(db_path: StoreLocation, args: argparse.Namespace) -> int:
    from .core.export_csv import check_output_path, entities_csv, table_csv, write_csv
    from .core.export_tables import annotations_table, entities_table, export_format, sheet_table
    from .core.export_xlsx import write_workbook
    from .core.sheets import sheet
    from .core.store.annotation_listing import annotation_rows, export_annotations

    form = export_format(args.out, args.format)
    if args.sheet == _DOCUMENTS and form != "csv":
        raise WorkbenchError(f"{args.out}: the document list is written as CSV; name it .csv")
    if args.sheet in (*_LISTS, _DOCUMENTS) and (
        args.confirmed_only or args.all_columns or args.include_rejected
    ):
        raise WorkbenchError("--confirmed-only, --all-columns and --include-rejected apply to "
                             "the capacity and clusters sheets only")  # fmt: skip
    if args.sheet == _ALL and form != "xlsx":
        raise WorkbenchError(f"{args.out}: `export all` writes one workbook, one worksheet a "
                             "table; name it .xlsx (or give --format xlsx)")  # fmt: skip
    if args.no_bom and form == "xlsx":
        raise WorkbenchError("--no-bom applies to CSV only; a workbook has no byte-order mark")
    check_output_path(args.out)  # before the store is opened: a bad name changes nothing
    translate = _export_translation(args)
    sheet_options = {
        "translate": translate,
        "keys": args.keys,
        "include_rejected": args.include_rejected,
        "confirmed_only": args.confirmed_only,
        "all_columns": args.all_columns,
    }
    with _open_store(db_path) as store:
        conn = store.conn
        lists = {
            "annotations": lambda: annotations_table(conn, translate=translate, keys=args.keys),
            "entities": lambda: entities_table(conn, translate=translate, keys=args.keys),
        }
        if args.sheet == _DOCUMENTS:
            from .core.export_documents import export_documents

            count = export_documents(conn, args.out, bom=not args.no_bom)
        elif args.sheet in _LISTS and form == "csv":
            # The lists' CSV keeps its stable headers (the Annotations panel writes the same).
            if args.sheet == "annotations":
                count = export_annotations(args.out, annotation_rows(conn), bom=not args.no_bom)
            else:
                text, count = entities_csv(conn)
                write_csv(args.out, text, bom=not args.no_bom)
        else:
            names = [*SHEET_NAMES.codes, *_LISTS] if args.sheet == _ALL else [args.sheet]
            tables = [
                lists[name]() if name in lists else sheet_table(conn, sheet(name), **sheet_options)
                for name in names
            ]
            if form == "xlsx":
                count = write_workbook(args.out, tables)
            else:
                write_csv(args.out, table_csv(tables[0]), bom=not args.no_bom)
                count = len(tables[0].rows)
    if args.sheet == _ALL:
        _say(f"{printable_name(args.out)}: {counted(count, 'row')} in {len(names)} worksheets")
        return 0
    nouns = {**_LISTS, _DOCUMENTS: "document"}
    noun = SHEET_NAMES[args.sheet].row_noun if args.sheet in SHEET_NAMES else nouns[args.sheet]
    _say(f"{printable_name(args.out)}: {counted(count, noun + ' row')}")
    return 0


def _export_translation(args: argparse.Namespace):
    """The headers' language: none for --keys; else the window's translations, by name so
    that the headless commands never load Qt unless an export asks for them."""
    from .core.translatable import untranslated

    if args.keys:
        return untranslated
    translation = importlib.import_module("workbench.cli_translation")
    return translation.translator_for(translation.chosen_language(args.language))


def _extract(db_path: StoreLocation) -> int:
    from .core.pipeline import extract_all

    with _open_store(db_path) as store:
        report = extract_all(store)
    _say(report.summary())
    return 0


def _entities_command(db_path: StoreLocation, args: argparse.Namespace) -> int:
    action = args.entities_action
    if action in ("merge", "rename"):
        if args.doc is not None:
            args.usage.error(f"--doc does not go with `entities {action}`")
        return _merge(db_path, args) if action == "merge" else _rename(db_path, args)
    if (action == "-") == (args.doc is not None):
        args.usage.error("give - (text on standard input) or --doc ID, one of them")
    return _entities(db_path, args.doc, explicit_db=hasattr(args, "db"))


def _entities(db_path: StoreLocation, document_id: int | None, *, explicit_db: bool = True) -> int:
    """One JSON object per mention; offsets index exactly the text given.

    Recognised with the store's lexicon, so a taught name is found in any text;
    text on standard input without ``--db`` uses the default store's when there is one.
    """
    from .core.pipeline import recognizer_for

    if document_id is None:
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise WorkbenchError(f"standard input is not UTF-8 (byte {error.start})") from None
        if isinstance(db_path, Path) and not db_path.exists() and not explicit_db:
            from .core.nlp import default_recognizer

            return _print_mentions(default_recognizer(), text)
    with _open_store(db_path) as store:
        if document_id is not None:
            if document_id > MAX_ID or store.document(document_id) is None:
                raise WorkbenchError(
                    f"no document with id {document_id} in {_shown_store(db_path)}"
                )
            text = store.document_text(document_id)
        recognizer = recognizer_for(store)
    return _print_mentions(recognizer, text)


def _print_mentions(recognizer, text: str) -> int:
    out = sys.stdout
    for mention in recognizer.recognise(text):
        out.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
    return 0


# -- the analyst's lexicon and entity edits ----------------------------------------------


def _lexicon(db_path: StoreLocation, args: argparse.Namespace) -> int:
    from .core import lexicon_file
    from .core.export_csv import check_output_path

    action = args.lexicon_action
    if action in ("export", "list"):
        with _open_store(db_path) as store:
            if action == "list":
                lexicon = lexicon_file.analyst_lexicon(store.conn)
                if args.json:
                    sys.stdout.write(lexicon_file.lexicon_text(lexicon))
                else:
                    for line in lexicon_file.lexicon_lines(lexicon):
                        _say(line)
                    if not lexicon.entities and not lexicon.never:
                        print("nothing taught yet")
                return 0
            check_output_path(args.file)  # a folder, pipe or device is refused
            lexicon = lexicon_file.export_lexicon(store.conn, args.file)
        names = sum(len(e.aliases) for e in lexicon.entities)
        _say(
            f"{printable_name(args.file)}: {counted(len(lexicon.entities), 'entity', 'entities')}, "
            f"{counted(names, 'name')}, {counted(len(lexicon.never), 'never-name')}"
        )
        return 0
    if action == "import":
        _require_paths([args.file], folders=False)
        lexicon_file.read_lexicon(args.file)  # a bad file: no store is made for it
        with _open_store(db_path) as store:
            outcome = lexicon_file.import_lexicon(store, args.file)
            again = _apply(store, outcome)
        _say(f"{printable_name(args.file)}: {outcome.value.summary()}{again}")
        return 0
    with _open_store(db_path) as store:
        if action == "never":
            return _never(store, args.name)
        return _teach(store, args.name, args.type, args.alias)


def _import_work(db_path: StoreLocation, path: Path) -> int:
    from .core.languages import SIMPLIFIED, TRADITIONAL
    from .core.translatable import untranslated
    from .core.work_import import import_operation, read_work

    _require_paths([path], folders=False)
    # Loaded by name, as for exports: it loads QtCore only to read the .qm files.
    translator_for = importlib.import_module("workbench.cli_translation").translator_for
    translations = (untranslated, translator_for(SIMPLIFIED), translator_for(TRADITIONAL))
    with _open_store(db_path) as store:
        store.require_writable()
        report = read_work(store, path, translations)
        import_operation(report, f"Import {report.file}")(store)
    _say(f"{printable_name(path)}: {report.summary()}")
    for line in report.left_out_lines():
        _say(f"  left out: {line}")
    return 0


def _teach(store, name: str, type_: str, aliases: list[str]) -> int:
    from functools import partial

    from .core.operations import combined
    from .core.operations.annotations import quote
    from .core.operations.entities import teach_name
    from .core.store.entities import alias, entity_by_id

    held = alias(store.conn, name, type_)
    holder = entity_by_id(store.conn, held.entity_id) if held is not None else None
    canonical = holder.canonical if holder is not None and holder.type == type_ else name
    canonical = " ".join(canonical.split())
    lessons = [partial(teach_name, name=name, type_=type_)]
    lessons += [partial(teach_name, name=a, type_=type_, canonical=canonical) for a in aliases]
    outcome = combined(f"Teach {quote(name)}", lessons)(store)
    if not outcome.changed:
        _say(f"{quote(name)} is already taught as {type_}; nothing changed")
        return 0
    also = f" (also {', '.join(quote(a) for a in aliases)})" if aliases else ""
    held_by = f" for {quote(canonical)}" if canonical != " ".join(name.split()) else ""
    again = _apply(store, outcome)
    counts = _counts(store, canonical, type_)
    _say(f"Taught {quote(name)} as {type_}{held_by}{also}{again}; {counts}")
    return 0


def _never(store, name: str) -> int:
    from .core.operations import Table
    from .core.operations.annotations import quote
    from .core.operations.entities import never_an_entity

    outcome = never_an_entity(store, name)
    if not outcome.changed:
        _say(f"{quote(name)} is already never an entity; nothing changed")
        return 0
    removed = outcome.changes.of_table(Table.MENTIONS)
    gone = counted(len(removed.updated), "mention")
    again = _apply(store, outcome)
    where = counted(len(removed.document_ids), "document")
    _say(f"Never an entity: {quote(name)}; removed {gone} from {where}{again}")
    return 0


def _merge(db_path: StoreLocation, args: argparse.Namespace) -> int:
    from .core.operations.annotations import quote
    from .core.operations.entities import merge_entities

    if len(args.names) < 2:
        raise WorkbenchError("merge needs two names or more: the entity kept, then the others")
    with _open_store(db_path) as store:
        others = [_entity_named(store, n, args.type) for n in args.names[1:]]
        types = {t for _, t in others}
        target_type = args.type or (types.pop() if len(types) == 1 else None)
        target = _entity_named(store, args.names[0], target_type, may_be_new=True)
        outcome = merge_entities(store, target, others)
        merged = [o for o in dict.fromkeys(others) if o != target]
        if not outcome.changed:
            _say(f"nothing to merge into {quote(target[0])}")
            return 0
        again = _apply(store, outcome)
        names = ", ".join(quote(c) for c, _ in merged)
        counts = _counts(store, *target)
    _say(f"Merged {names} into {quote(target[0])} ({target[1]}){again}; {counts}")
    return 0


def _rename(db_path: StoreLocation, args: argparse.Namespace) -> int:
    from .core.operations.annotations import quote
    from .core.operations.entities import rename_entity
    from .core.store.entities import entity_by_name

    with _open_store(db_path) as store:
        canonical, type_ = _entity_named(store, args.old, args.type)
        new = " ".join(args.new.split())
        onto = entity_by_name(store.conn, new, type_) is not None
        outcome = rename_entity(store, canonical, type_, new)
        if not outcome.changed:
            _say(f"{quote(canonical)} is already so named; nothing changed")
            return 0
        again = _apply(store, outcome)
        counts = _counts(store, new, type_)
    verb = "Merged" if onto else "Renamed"
    link = "into" if onto else "to"
    _say(f"{verb} {quote(canonical)} {link} {quote(new)} ({type_}){again}; {counts}")
    return 0


def _entity_named(
    store, name: str, type_: str | None, *, may_be_new: bool = False
) -> tuple[str, str]:
    """The (canonical, type) an analyst means by ``name``: an entity so named, in
    either script, or the entity a taught name stands for."""
    from .core.nlp.taught import name_key
    from .core.operations.annotations import quote
    from .core.vocabulary import ENTITY_TYPES

    name = " ".join(name.split())
    if not name:
        raise WorkbenchError("an entity name is empty")
    conn = store.conn
    exact = [tuple(r) for r in conn.execute(
        "SELECT canonical, type FROM entities WHERE canonical = ? ORDER BY type", (name,)
    )]  # fmt: skip
    key = name_key(name)
    found = exact or [
        (canonical, t)
        for canonical, t in conn.execute("SELECT canonical, type FROM entities ORDER BY type")
        if name_key(canonical) == key
    ]
    found = found or [tuple(r) for r in conn.execute(
        "SELECT e.canonical, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.name = ? ORDER BY e.type", (key,)
    )]  # fmt: skip
    # As the documents write it (TSMC for 台积电).
    found = found or [tuple(r) for r in conn.execute(
        "SELECT DISTINCT canonical, type FROM mentions WHERE text = ? AND type IN "
        f"({','.join('?' * len(NAME_TYPE_CODES))}) ORDER BY type", (name, *NAME_TYPE_CODES)
    )]  # fmt: skip
    found = list(dict.fromkeys(found))
    if type_ is not None:
        found = [f for f in found if f[1] == type_]
    if len(found) == 1:
        return found[0]
    if not found:
        if may_be_new and type_ is not None:
            return name, type_
        as_type = f" of type {type_}" if type_ else ""
        raise WorkbenchError(f"no entity named {quote(name)}{as_type} in the store")
    if len({t for _, t in found}) > 1:
        kinds = " and ".join(ENTITY_TYPES.label(t) for _, t in found)
        raise WorkbenchError(
            f"{quote(name)} names more than one entity ({kinds}); say which with --type"
        )
    names = ", ".join(quote(c) for c, _ in found)
    raise WorkbenchError(f"{quote(name)} could be {names}; give the name exactly")


def _apply(store, outcome) -> str:
    """Recognise again the documents holding the names the change taught; say how many."""
    from .core.pipeline import recognise_again
    from .core.store.entities import documents_containing

    if not outcome.changes.names:
        return ""
    documents = documents_containing(store.conn, sorted(outcome.changes.names))
    report = recognise_again(store, documents) if documents else None
    return f"; recognised {counted(len(report.recognised) if report else 0, 'document')} again"


def _counts(store, canonical: str, type_: str) -> str:
    from .core.store.mentions import entity_index

    entry = next(
        (e for e in entity_index(store.conn, type_, canonical) if e.canonical == canonical), None
    )
    mentions, documents = (entry.mentions, entry.documents) if entry else (0, 0)
    return f"{canonical} now has {counted(mentions, 'mention')} in {counted(documents, 'document')}"


if __name__ == "__main__":
    sys.exit(main())
