"""`make bench`: TaskForge under its production gunicorn config, measured against a bare-Flask floor."""
