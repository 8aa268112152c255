"""Built-in extractor plugins, one module per facet."""
