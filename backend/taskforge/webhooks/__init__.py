"""Webhooks: signed HTTP callbacks to other services when tasks and comments change (Standard Webhooks)."""
