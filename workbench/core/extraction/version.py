"""Which extraction a document had, and the order documents are extracted in.

Apart from the extractors, so that start-up can ask which documents wait for
extraction without compiling the extractors' rules.
"""

EXTRACTOR_VERSION = "2"

# Documents holding a cluster table are extracted first, so that prose naming a
# cluster of a table adds no second row.
TABLE_MARK = "序号"

# Extraction order: table documents first, then by id; a document's key is
# (TABLE_MARK not in text, id), in SQL in core/store/pipeline_runs.py.
