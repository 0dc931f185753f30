"""Idempotency-Key on POST: a retried request replays the first answer instead of writing twice."""
