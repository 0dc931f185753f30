"""Per-user tags: named, coloured labels on tasks."""
