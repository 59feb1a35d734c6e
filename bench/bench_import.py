"""PDF import speed per megabyte, as ratios to the extraction library's raw speed.

A multi-page Chinese report is drawn with QPdfWriter (running header, page
numbers, an embedded CJK font). Measured in the same run: PDFium's raw text
extraction (the baseline), pdfminer.six's when installed (the candidate not
chosen), the workbench's extraction with cleaning and page assembly, and the full
import into a fresh store (transaction, search index, entity recognition).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import best_of

from tests.import_files import distinct_paragraphs, write_chinese_pdf
from workbench.core.importing.pdf import pdf_page_texts, read_pdf
from workbench.core.pipeline import import_paths
from workbench.core.store import Store


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    pdf = folder / "report.pdf"
    drawn = write_chinese_pdf(pdf, distinct_paragraphs(40), lines_per_page=30)
    data = pdf.read_bytes()
    megabytes = len(data) / 1e6
    print(f"PDF: {len(drawn)} pages, {megabytes:.2f} MB")

    raw = best_of(lambda: pdf_page_texts(data, pdf), 3)
    rows = [("PDFium raw text (baseline)", raw)]
    try:
        from pdfminer.high_level import extract_text

        rows.append(("pdfminer.six raw text", best_of(lambda: extract_text(str(pdf)), 1)))
    except ImportError:
        pass
    rows.append(("extraction + cleaning + pages", best_of(lambda: read_pdf(pdf, data), 3)))
    counter = iter(range(100))

    def full_import():
        with Store(folder / f"store-{next(counter)}.sqlite3") as store:
            report = import_paths(store, [pdf])
            assert len(report.imported) == 1, report.summary()

    full_import()  # the first run loads the segmenter's dictionaries
    rows.append(("full import (store, index, entities)", best_of(full_import, 3)))
    for label, seconds in rows:
        print(
            f"{label:40s} {seconds * 1000:8.1f} ms  {seconds / megabytes:7.3f} s/MB  "
            f"{seconds / raw:7.1f}× baseline"
        )


if __name__ == "__main__":
    main()
