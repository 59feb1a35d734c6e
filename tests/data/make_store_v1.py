"""Build ``tests/data/store_v1.sqlite3``: a small store as the first release wrote it.

The first release (commit 2b59fcc, "Foundation") shipped migrations 0001_documents
and 0002_mentions_and_annotations and nothing else, so this script applies exactly
those two, then inserts a handful of rows of every table that schema had:
documents in both scripts and all three kinds (excerpts of the bundled corpus in
``seeds/``), the files they came from, their occurrences and a reader comment,
machine mentions with a recognition run, reviews of mentions, and the analyst's
annotations.

``tests/core/test_store_upgrade.py`` opens a copy with today's ``Store`` and checks
that every row survives every later migration.  The committed ``.sqlite3`` file is
the reference: regenerate it only to add rows, never to follow a schema change
(that is what the test is there to catch).

Deterministic: the data are literals below, every timestamp is fixed, the file is
vacuumed and left in rollback-journal mode, so two runs write the same rows (and,
with the same SQLite, the same bytes)::

    python tests/data/make_store_v1.py            # writes tests/data/store_v1.sqlite3
    python tests/data/make_store_v1.py OUT.sqlite3
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from workbench.core.script import to_simplified
from workbench.core.store.migrations import migrations

OUT = Path(__file__).with_name("store_v1.sqlite3")

# The migrations of the first release, in order, and the first one after it.
FIRST_RELEASE = ("0001_documents", "0002_mentions_and_annotations")
NEXT_MIGRATION = "0003_sheets"

APPLIED_AT = ("2026-11-25 12:40:00.000000+00:00", "2026-11-25 12:40:00.100000+00:00")
INGESTED_AT = "2026-11-25T12:41:00Z"
RECOGNIZER_VERSION = "1-5f0c2a9d1e7b"

# -- documents: excerpts of seeds/000…, 002… and 004… ------------------------

GERMAN_FIRMS = (
    "德國企業,正在瘋狂湧入中國。這場大遷移,還在不斷加速。光是在江蘇太倉,就聚集了德國企業超過了"
    "560家,其中業內大名鼎鼎的“隱形冠軍”企業就超過60家,佔比超過十分之一。有資料顯示,前100家"
    "德企落地太倉耗時14年,而從第400家到第500家僅歷時兩年。在這裡,德資投入超60億美元,年工業產值"
    "逾670億元。有人甚至說,德國的工業靈魂,正在系統性地東遷。這一歷史性的變化,是如何發生的?01."
    "近日,全球高端廚衛功能五金件領域“隱形冠軍”——凱斯寶瑪集團正忙著搬進中國的新廠。"
)
RELIABLE_FACTORIES = (
    "中國產業帶上的商家正在發生那些變化?深圳一位深耕3C配件十餘年的老闆,在2025年借助AI監控海外"
    "趨勢、分析差評並生成爆款視訊,一款改良後的手機支架在三個月內售出5000萬元,淨利超過2000萬元,"
    "賺取了“過去16年利潤總和的兩倍多”。這並非孤例。在東莞,一位從房地產轉型、毫無電商經驗的90後,"
    "借助AI選品與圖片處理,開設1688店舖僅15天便推出37款新品,迅速沖上品類榜首;在蕪湖,一家僅6人"
    "的工貿一體鞋企,通過全鏈路接入AI,實現了年銷售額1.5億元的“人效奇蹟”。"
)
NEWS_DIGEST = (
    "本周内,美国商务部宣布废除拜登政府《人工智能扩散规则》,同时升级半导体出口管制。新政策放宽AI"
    "技术出口限制,但强化芯片管控,包括全球禁用华为Ascend芯片、限制美制AI芯片用于中国AI训练等三项"
    "措施,凸显美国“松AI、紧芯片”的科技竞争新策略。\n国内半导体行业正经历深度调整。中微电科技国资"
    "股东折价转让股权,估值仅14.9亿元;振芯半导体破产清算;聚力成半导体面临破产危机。"
)
CLUSTER_REPORT = (
    "全球先进制造业集群发展趋势报告(2023 年)全国先进制造业集群 50 人论坛工业和信息化部工业文化"
    "发展中心2023 年 12 月版权声明本研究报告版权属于工业和信息化部工业文化发展中心,并受法律保护。"
)
CLUSTER_REPORT_RAW = (  # as extracted from the PDF: bold runs doubled, headers glued in
    "全球先进制造业集群全球先进制造业集群发展趋势报告发展趋势报告(2023 年)年)全国先进制造业集群"
    "全国先进制造业集群 50 人论坛人论坛工业和信息化部工业文化发展中心工业和信息化部工业文化发展中心"
    "2023 年年 12 月月版权声明版权声明本研究报告版权属于工业和信息化部工业文化发展中心,"
    "并受法律保护。"
)

DOCUMENTS = [
    # id, kind, title, text, raw_text, script, publisher, date, pages, headings
    (
        1,
        "article",
        "德國企業,正在瘋狂湧入中國",
        GERMAN_FIRMS,
        GERMAN_FIRMS,
        "traditional",
        None,
        None,
        None,
        [],
    ),
    (
        2,
        "article",
        "價格內捲成為過去式 AI正讓中國工廠靠“可靠”賺錢",
        RELIABLE_FACTORIES,
        RELIABLE_FACTORIES,
        "traditional",
        None,
        None,
        None,
        [],
    ),
    (
        3,
        "digest",
        "要闻摘要:BIS废除拜登时代AI禁令、多家半导体企业陷经营困境等",
        NEWS_DIGEST,
        NEWS_DIGEST,
        "simplified",
        None,
        None,
        None,
        ["BIS废除拜登时代AI禁令", "多家半导体企业陷经营困境"],
    ),
    (
        4,
        "report",
        "全球先进制造业集群发展趋势报告(2023年)",
        CLUSTER_REPORT,
        CLUSTER_REPORT_RAW,
        "simplified",
        "工信部",
        "2023-12-13",
        63,
        [],
    ),
]
CREATED_AT = "2026-11-25T12:41:00Z"

SOURCE_FILES = [
    # name, content_hash, encoding, layout
    (
        "000_75083020ac863351.txt",
        "649469ba502305be0ce05d93c8895f42b3e76c72fdcfff178c5e006943fc5a77",
        "utf-8",
        "article-digest",
    ),
    (
        "001_2a3880e0fbd6fd90.txt",
        "c0c0737e3d33166828a61cd41c0feb0ff5769a355a61934220af55e9c88ec9d4",
        "utf-8",
        "article-digest",
    ),
    (
        "002_27791692fac36390.txt",
        "7415e479faf1cdd5c535c0315f69c87a5babadcd24901fe50c18613338e5e95c",
        "utf-8",
        "news-digest",
    ),
    (
        "004_8afe1cca73b0ad6c.txt",
        "60aeb3309105d28fbd45a9ea2ac94348de7f5431e29d4586f5579c38ea6aa823",
        "utf-8",
        "report-listing",
    ),
]

OCCURRENCES = [
    # id, document_id, source_file, line, tag — the same article in two files is one document
    (1, 1, "000_75083020ac863351.txt", 6, "中國工廠"),
    (2, 1, "001_2a3880e0fbd6fd90.txt", 12, "工廠"),
    (3, 2, "000_75083020ac863351.txt", 2, "中國工廠"),
    (4, 2, "001_2a3880e0fbd6fd90.txt", 6, "工廠"),
    (5, 3, "002_27791692fac36390.txt", 1, None),
    (6, 4, "004_8afe1cca73b0ad6c.txt", 18, None),
]

COMMENTS = [
    # id, document_id, text, source_file, line
    (1, 1, "能源與人工 地價, 是最大因素 吧!!", "000_75083020ac863351.txt", 8),
]


def content_hash(kind: str, title: str, raw_text: str) -> str:
    """A document's identity as the first release computed it."""
    digest = hashlib.sha256()
    for part in (kind, title, raw_text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _span(document_id: int, text: str, nth: int = 0) -> tuple[int, int]:
    body = next(d[3] for d in DOCUMENTS if d[0] == document_id)
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


# document_id, surface text, type, canonical, value_low, value_high, unit
_MENTIONS = [
    (1, "江蘇", "GPE", "江苏", None, None, None),
    (1, "太倉", "GPE", "太仓", None, None, None),
    (1, "560家", "QUANTITY", "560家", 560.0, 560.0, "家"),
    (1, "60億美元", "MONEY", "60亿美元", 6.0e9, 6.0e9, "USD"),
    (1, "凱斯寶瑪集團", "ORG", "凯斯宝玛集团", None, None, None),
    (2, "深圳", "GPE", "深圳", None, None, None),
    (2, "5000萬元", "MONEY", "5000万元", 5.0e7, 5.0e7, "CNY"),
    (2, "2025年", "DATE", "2025", None, None, None),
    (3, "美国商务部", "ORG", "美国商务部", None, None, None),
    (3, "华为", "ORG", "华为", None, None, None),
    (3, "14.9亿元", "MONEY", "14.9亿元", 1.49e9, 1.49e9, "CNY"),
    (4, "工业和信息化部", "ORG", "工业和信息化部", None, None, None),
]
MENTIONS = [
    (i, doc, *_span(doc, text), type_, text, canonical, low, high, unit)
    for i, (doc, text, type_, canonical, low, high, unit) in enumerate(_MENTIONS, start=1)
]

RECOGNITION_RUNS = [
    (doc, RECOGNIZER_VERSION, sum(1 for m in MENTIONS if m[1] == doc), "2026-11-25T12:42:00Z")
    for doc in (1, 2, 3, 4)
]

MENTION_REVIEWS = [
    # document_id, start, end, type, verdict, reviewed_at
    (1, *_span(1, "太倉"), "GPE", "accepted", "2026-11-26T09:15:00Z"),
    (2, *_span(2, "2025年"), "DATE", "rejected", "2026-11-26T09:16:30Z"),
]

ANNOTATIONS = [
    # id, document_id, start, end, type, note, created_at, updated_at
    (
        1,
        1,
        *_span(1, "凱斯寶瑪集團"),
        "ORG",
        "德資五金件“隱形冠軍”,新廠在中國",
        "2026-11-26T09:20:00.125Z",
        "2026-11-26T09:21:10.500Z",
    ),
    (
        2,
        1,
        *_span(1, "60億美元"),
        "MONEY",
        "",
        "2026-11-26T09:22:00.000Z",
        "2026-11-26T09:22:00.000Z",
    ),
    # nested spans are allowed: the company, and the company with its state shareholder
    (
        3,
        3,
        *_span(3, "中微电科技"),
        "ORG",
        "国资股东折价转让",
        "2026-11-26T09:30:00.000Z",
        "2026-11-26T09:30:00.000Z",
    ),
    (
        4,
        3,
        *_span(3, "中微电科技国资"),
        "ORG",
        "",
        "2026-11-26T09:31:00.000Z",
        "2026-11-26T09:31:00.000Z",
    ),
    (
        5,
        4,
        *_span(4, "工业和信息化部工业文化发展中心"),
        "ORG",
        "发布单位",
        "2026-11-26T10:00:00.000Z",
        "2026-11-26T10:00:00.000Z",
    ),
]


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    db = Database(conn)
    migrations.apply(db, stop_before=NEXT_MIGRATION)
    applied = [m.name for m in migrations.applied(db)]
    assert tuple(applied) == FIRST_RELEASE, applied

    with db.atomic():
        for name, applied_at in zip(FIRST_RELEASE, APPLIED_AT, strict=True):
            conn.execute(
                "UPDATE _sqlite_migrations SET applied_at = ? WHERE name = ?", (applied_at, name)
            )
        for doc_id, kind, title, text, raw, script, publisher, date, pages, heads in DOCUMENTS:
            conn.execute(
                "INSERT INTO documents (id, content_hash, kind, title, title_simplified, text, "
                "text_simplified, raw_text, script, publisher, publish_date, pages, headings, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    content_hash(kind, title, raw),
                    kind,
                    title,
                    to_simplified(title),
                    text,
                    to_simplified(text),
                    raw,
                    script,
                    publisher,
                    date,
                    pages,
                    json.dumps(heads, ensure_ascii=False),
                    CREATED_AT,
                ),
            )
        conn.executemany(
            "INSERT INTO source_files (name, content_hash, encoding, layout, ingested_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(*row, INGESTED_AT) for row in SOURCE_FILES],
        )
        conn.executemany(
            "INSERT INTO occurrences (id, document_id, source_file, line, tag) "
            "VALUES (?, ?, ?, ?, ?)",
            OCCURRENCES,
        )
        conn.executemany(
            "INSERT INTO comments (id, document_id, text, source_file, line) "
            "VALUES (?, ?, ?, ?, ?)",
            COMMENTS,
        )
        conn.executemany(
            'INSERT INTO mentions (id, document_id, start, "end", type, text, canonical, '
            "value_low, value_high, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            MENTIONS,
        )
        conn.executemany(
            "INSERT INTO recognition_runs (document_id, recognizer_version, mention_count, ran_at) "
            "VALUES (?, ?, ?, ?)",
            RECOGNITION_RUNS,
        )
        conn.executemany(
            'INSERT INTO mention_reviews (document_id, start, "end", type, verdict, reviewed_at) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            MENTION_REVIEWS,
        )
        conn.executemany(
            'INSERT INTO annotations (id, document_id, start, "end", type, note, created_at, '
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ANNOTATIONS,
        )
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    build(target)
    print(f"{target}: {target.stat().st_size:,} bytes")
