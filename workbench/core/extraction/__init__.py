"""Filling the curated sheets from the corpus: capacity statements and industrial clusters."""

from .capacity import CapacityRecord, extract_capacity
from .clusters import ClusterRecord, cluster_table_rows, named_clusters
from .run import EXTRACTOR_VERSION, ExtractedRows, KnownClusters, extract_rows, write_rows

__all__ = [
    "EXTRACTOR_VERSION",
    "CapacityRecord",
    "ClusterRecord",
    "ExtractedRows",
    "KnownClusters",
    "cluster_table_rows",
    "extract_capacity",
    "extract_rows",
    "named_clusters",
    "write_rows",
]
