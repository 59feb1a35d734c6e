"""The numbers each chart draws, computed without Qt from the rows a sheet shows.

Each name is imported from its module on first use: the window makes its Charts
panel at start, and the charts' code is needed only once a chart is drawn.
"""

from ..lazy_exports import lazy_exports

_HOMES = {
    "NOT_STATED": ".bars",
    "OTHER": ".bars",
    "BarChart": ".bars",
    "BarSegment": ".bars",
    "BarSeries": ".bars",
    "CapacityChart": ".capacity",
    "CapacityGroup": ".capacity",
    "CapacityPoint": ".capacity",
    "CapacitySeries": ".capacity",
    "CompanyChoice": ".capacity",
    "LatestCapacityChart": ".capacity",
    "LatestFigure": ".capacity",
    "capacity_chart": ".capacity",
    "capacity_groups": ".capacity",
    "clusters_by_country": ".clusters",
    "clusters_by_domain": ".clusters",
    "document_rows": ".corpus",
    "documents_by_date": ".corpus",
    "entity_entries": ".corpus",
    "latest_capacity": ".capacity",
    "latest_groups": ".capacity",
    "parse_publish_date": ".corpus",
    "top_entities": ".corpus",
}

__getattr__ = lazy_exports(__name__, _HOMES)

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
