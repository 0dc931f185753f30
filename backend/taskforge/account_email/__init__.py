"""Account emails: password reset, email verification and email change, each a link whose secret is issued by
the worker as it sends (only its hash is stored), from an outbox written in the request's transaction."""
