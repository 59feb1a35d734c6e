"""Precision, recall and F1 of the entity recogniser on the hand-labelled passages.

    .venv/bin/python bench/eval_ner.py            # score every part of the set
    .venv/bin/python bench/eval_ner.py --build    # markup -> tests/data/ner_dev.jsonl first
    .venv/bin/python bench/eval_ner.py --errors   # also list misses and false hits of tuning parts
    .venv/bin/python bench/eval_ner.py --only unseen_tune --errors   # one part

The unseen-article parts are read straight from their markup files,
``tests/data/ner_unseen_tune_markup.txt`` (tuned on) and
``tests/data/ner_unseen_test_markup.txt`` (never tuned on: only its scores are
ever printed, never its errors, and nothing in it goes into a dictionary).

The labels live in ``tests/data/ner_dev_markup.txt`` as ``⟦surface|TYPE⟧`` markup,
so offsets are computed, never typed.  ``dev`` is tuned on, and since tuning round 3
so are ``heldout`` and ``heldout2`` (their errors were read then; their names still
never go into the dictionaries).  ``heldout3`` was labelled before the recogniser
was first run on it and is never tuned on: its errors are never listed and its
names never go into the dictionaries, so its figures alone estimate accuracy on
unseen text.

Labelling guidelines (what a span is):
- ORG: companies, institutions, government bodies and media, with a country
  prefix or legal suffix when part of the name (美国商务部, 深圳中微电科技有限公司).
  Joint ventures and subsidiaries are one span (一汽大众, 大众中国).
- GPE: countries, provinces, cities, districts, science parks, with their
  administrative suffix (江苏省, 宝安区); "拜登政府" is PERSON 拜登 only.
- PERSON: people, in Chinese or Latin script.
- PRODUCT: named products and named technology platforms or standards (CoWoS,
  HBM, DRAM, EUV, 南风一号, 昇腾芯片, 铂智), and their spelled-out Latin names in
  parentheses; not generic device classes (GPU, AI 芯片, TSV, Chiplet).
- MONEY / PERCENT: the figure with its multiplier and currency or sign
  (19 兆韩元, 1.15亿元人民币, -7.06%, 20%—30%, 四成); fractions (1/10, 三分之一) are not.
- DATE: absolute and relative calendar points and ranges (2025年1月15日, 2026 年初,
  1-4月, 22Q4, 今年4月, 12日, 2024年前十月); durations (3天, 三年时间) are not.
- QUANTITY: Arabic-numeral amounts with a unit or counter (25万片, 950名员工,
  8英寸, 2奈米, 6-8倍); counts in Chinese numerals with a bare counter (两家公司)
  and ordinals (第400家) are not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.nlp import default_recognizer  # noqa: E402
from workbench.core.nlp.devset import (  # noqa: E402
    SPLIT_TITLES,
    SPLITS,
    TUNING_SPLITS,
    read_jsonl,
    read_markup_file,
    write_jsonl,
)
from workbench.core.nlp.evaluation import recogniser_spans, score_passages  # noqa: E402
from workbench.core.vocabulary import ENTITY_TYPE_CODES  # noqa: E402

MARKUP = ROOT / "tests" / "data" / "ner_dev_markup.txt"
JSONL = ROOT / "tests" / "data" / "ner_dev.jsonl"
UNSEEN = (
    ROOT / "tests" / "data" / "ner_unseen_tune_markup.txt",
    ROOT / "tests" / "data" / "ner_unseen_test_markup.txt",
)


def print_table(title: str, score) -> None:
    print(f"\n{title}")
    print(
        f"{'type':9} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}   lenient {'P':>6} {'R':>6} {'F1':>6}"
    )
    rows = [(t, score.exact[t], score.lenient[t]) for t in ENTITY_TYPE_CODES]
    rows.append(("all", score.total(), score.total(lenient=True)))
    for type_, exact, lenient in rows:
        gold = exact.true_positive + exact.false_negative
        print(
            f"{type_:9} {gold:5d} {exact.precision:6.3f} {exact.recall:6.3f} {exact.f1:6.3f}"
            f"           {lenient.precision:6.3f} {lenient.recall:6.3f} {lenient.f1:6.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the JSONL from the markup")
    parser.add_argument("--errors", action="store_true", help="list errors of tuning parts")
    parser.add_argument("--only", choices=SPLITS, action="append", help="score only these parts")
    args = parser.parse_args()
    if args.build:
        write_jsonl(read_markup_file(MARKUP), JSONL)
    passages = read_jsonl(JSONL)
    for path in UNSEEN:
        if path.exists():
            passages.extend(read_markup_file(path))
    recognise = recogniser_spans(default_recognizer())
    for split in args.only or SPLITS:
        chosen = [p for p in passages if p.split == split]
        if not chosen:
            continue
        chars = sum(len(p.text) for p in chosen)
        score = score_passages(chosen, recognise)
        title = SPLIT_TITLES[split]
        print_table(f"{title}: {len(chosen)} passages, {chars} characters", score)
        if args.errors and split in TUNING_SPLITS:
            for error in score.errors:
                print("  ", *error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
