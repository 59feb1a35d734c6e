"""Filling the curated sheets from the corpus: capacity statements and industrial clusters.

The extractors are imported on first use: compiling their rules costs start-up
a noticeable part of a second, and start-up only asks for the version.
"""

from ..lazy_exports import lazy_exports
from .version import EXTRACTOR_VERSION

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

_HOMES = {
    "CapacityRecord": ".capacity",
    "extract_capacity": ".capacity",
    "ClusterRecord": ".clusters",
    "cluster_table_rows": ".clusters",
    "named_clusters": ".clusters",
    "ExtractedRows": ".run",
    "KnownClusters": ".run",
    "extract_rows": ".run",
    "write_rows": ".run",
}


__getattr__ = lazy_exports(__name__, _HOMES)
