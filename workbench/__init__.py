"""Industry Intelligence Workbench: read, annotate and curate Chinese industry news offline."""

__version__ = "0.1.0"
