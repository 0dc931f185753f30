"""The HTTP contract layer: typed operations, request parsing, and the OpenAPI 3.1 document."""
