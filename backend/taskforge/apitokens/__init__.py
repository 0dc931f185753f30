"""Personal API tokens: long-lived bearer credentials for scripts, limited to the scopes their owner chose."""
