"""Projects: where tasks live, shared with people and teams by role, and read-only links."""
