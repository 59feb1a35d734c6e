"""The numbers each chart draws, computed without Qt from the rows a sheet shows."""

from .bars import NOT_STATED, OTHER, BarChart, BarSegment, BarSeries
from .capacity import (
    CapacityChart,
    CapacityGroup,
    CapacityPoint,
    CapacitySeries,
    CompanyChoice,
    LatestCapacityChart,
    LatestFigure,
    capacity_chart,
    capacity_groups,
    latest_capacity,
    latest_groups,
)
from .clusters import clusters_by_country, clusters_by_domain
from .corpus import (
    document_rows,
    documents_by_date,
    entity_entries,
    parse_publish_date,
    top_entities,
)

__all__ = [
    "NOT_STATED",
    "OTHER",
    "BarChart",
    "BarSegment",
    "BarSeries",
    "CapacityChart",
    "CapacityGroup",
    "CapacityPoint",
    "CapacitySeries",
    "CompanyChoice",
    "LatestCapacityChart",
    "LatestFigure",
    "capacity_chart",
    "capacity_groups",
    "clusters_by_country",
    "clusters_by_domain",
    "document_rows",
    "documents_by_date",
    "entity_entries",
    "latest_capacity",
    "latest_groups",
    "parse_publish_date",
    "top_entities",
]
