"""Teams: groups of people a project can be shared with at once."""
