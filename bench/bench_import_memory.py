"""Peak memory and time of importing one file, by format and size, and of refusing
hostile ones.

Each import runs ``workbench import FILE --db NEW`` in its own process; its peak
resident memory is the maximum resident set size GNU time reports for that
process (``ru_maxrss``), its time the wall time.  The baseline is the same command on a
one-line text file (the interpreter, the dictionaries and the store).  Files are
text, web pages, Word files and PDFs made from the bundled corpus at a few
sizes up to the character limit, then files that break a limit: a 100 MB text
file, a text file under the byte limit but over the character limit, a Word
zip bomb, a PDF with a stream that inflates to 600 MB.

    .venv/bin/python bench/bench_import_memory.py [--quick]

The figures behind the bound in the README's limits paragraph: peak memory above
the baseline per megabyte of file, and per million characters stored.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.import_files import saved_web_page, write_chinese_pdf, write_docx  # noqa: E402

WORKBENCH = Path(sys.executable).with_name("workbench")
TIME = "/usr/bin/time"  # GNU time


def corpus_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").split("\n") if len(line) > 20]
    return lines


def lines_of(characters: int) -> list[str]:
    """Corpus lines, repeated as needed, at most ``characters`` long in all."""
    source, out, total = corpus_lines(), [], 0
    while True:
        line = source[len(out) % len(source)]
        if total + len(line) + 1 > characters:
            return out
        out.append(line)
        total += len(line) + 1


def run_import(path: Path, folder: Path) -> tuple[float, float, str]:
    """(seconds, peak MB, last line of output) of importing ``path`` into a new store.

    Measured by GNU time, which forks the import from its own small process: a
    child spawned from this script would be charged this script's peak (Linux
    keeps the high-water mark of the memory a process had before exec).
    """
    db = folder / f"store-{time.monotonic_ns()}.sqlite3"
    report = folder / "time.txt"
    command = [TIME, "-f", "%e %M", "-o", str(report), str(WORKBENCH), "import", str(path)]
    result = subprocess.run(
        [*command, "--db", str(db)],
        capture_output=True,
        text=True,
    )
    seconds, kilobytes = report.read_text().split()[-2:]
    output = (result.stdout + result.stderr).strip()
    lines = [line for line in output.split("\n") if not line.startswith("  ")]
    last = lines[-1] if lines else ""
    return float(seconds), int(kilobytes) / 1024, last


def write_file(kind: str, characters: int, folder: Path) -> Path:
    lines = lines_of(characters)
    path = folder / f"{kind}-{characters}.{ {'text': 'txt', 'html': 'html'}.get(kind, kind) }"
    if kind == "text":
        path.write_text("\n".join(lines), encoding="utf-8")
    elif kind == "html":
        path.write_text(saved_web_page("产业报告", lines), encoding="utf-8")
    elif kind == "docx":
        write_docx(path, "产业报告", lines)
    elif kind == "pdf":
        write_chinese_pdf(path, lines, lines_per_page=40)
    return path


def hostile_files(folder: Path) -> list[tuple[str, Path]]:
    big_text = folder / "big.txt"
    with open(big_text, "wb") as file:
        line = "台积电在南京扩建先进封装产能,预计明年投产。\n".encode()
        file.write(line * (100_000_000 // len(line)))
    ascii_text = folder / "ascii.txt"
    ascii_text.write_bytes(b"capacity 10k wafers per month at the Nanjing fab.\n" * 75_000)
    import io
    import zipfile

    bomb = folder / "bomb.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        paragraph = "<w:p><w:r><w:t>产能</w:t></w:r></w:p>"
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}"><w:body>{paragraph * 2_000_000}</w:body></w:document>',
        )
    bomb.write_bytes(buffer.getvalue())
    stream = zlib.compress(b"0 0 m " * 100_000_000, 9)  # 600 MB of drawing
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    pdf = folder / "stream.pdf"
    pdf.write_bytes(
        b"%PDF-1.7\n"
        + b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, body) for n, body in enumerate(objects, 1))
        + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return [
        ("text, 100 MB", big_text),
        ("text, 3.8 MB of Latin letters", ascii_text),
        ("docx zip bomb (78 MB of XML)", bomb),
        ("pdf, 600 MB stream", pdf),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-memory-"))
    tiny = folder / "tiny.txt"
    tiny.write_text("台积电在南京扩建先进封装产能。\n", encoding="utf-8")
    base_seconds, base_mb, _ = run_import(tiny, folder)
    print(f"baseline (one line of text): {base_seconds:.1f} s, {base_mb:.0f} MB peak")
    sizes = {
        "text": (100_000, 500_000, 950_000),
        "html": (100_000, 500_000, 950_000),
        "docx": (100_000, 500_000, 950_000),
        "pdf": (50_000, 200_000),
    }
    if args.quick:
        sizes = {kind: chosen[:1] for kind, chosen in sizes.items()}
    header = f"{'file':<32}{'size':>9}{'chars':>11}{'time':>8}{'peak':>9}{'above base':>12}"
    print(header)
    for kind, chosen in sizes.items():
        for characters in chosen:
            path = write_file(kind, characters, folder)
            megabytes = path.stat().st_size / 1e6
            seconds, peak, last = run_import(path, folder)
            if "imported as document" not in last:
                print(f"    not imported: {last}")
            print(
                f"{kind:<32}{megabytes:>7.1f}MB{characters:>11,}{seconds:>7.1f}s{peak:>7.0f}MB"
                f"{peak - base_mb:>10.0f}MB"
            )
    for label, path in hostile_files(folder):
        megabytes = path.stat().st_size / 1e6
        seconds, peak, last = run_import(path, folder)
        print(f"{label:<32}{megabytes:>7.1f}MB{'refused':>11}{seconds:>7.1f}s{peak:>7.0f}MB")
        print(f"    {last}")


if __name__ == "__main__":
    main()
