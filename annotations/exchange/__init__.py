"""Tags leaving and entering a store: exports (JSON, W3C, CSV), import-annotations, citations, and
the shipped JSON schemas."""
