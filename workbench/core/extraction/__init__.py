"""Filling the curated sheets from the corpus: capacity statements and industrial clusters."""

from .capacity import CapacityRecord, extract_capacity
from .clusters import ClusterRecord, cluster_table_rows, named_clusters
from .run import EXTRACTOR_VERSION, ExtractionReport, extract_all, extract_documents

__all__ = [
    "EXTRACTOR_VERSION",
    "CapacityRecord",
    "ClusterRecord",
    "ExtractionReport",
    "cluster_table_rows",
    "extract_all",
    "extract_capacity",
    "extract_documents",
    "named_clusters",
]
