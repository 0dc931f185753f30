"""Comments: a discussion on a task, in Markdown, with @mentions."""
