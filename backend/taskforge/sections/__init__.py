"""Sections: the columns of a project."""
