"""Read-only links: a shared project and its tasks, for anyone holding the secret URL, without an account."""
