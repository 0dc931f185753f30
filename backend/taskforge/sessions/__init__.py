"""Sign-in sessions: one per sign-in, named by every token it issues (the `sid` claim), revocable at once."""
