"""Domain core: parsing, cleaning, script handling, NLP, store, extraction, export.

Nothing under this package imports Qt; the GUI and the command line both stand on it.
"""
