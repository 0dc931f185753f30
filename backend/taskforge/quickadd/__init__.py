"""Quick add: a task written in plain language ("buy milk tomorrow 5pm p1 #home @Errands"), parsed into the
fields it would be created with, and the spans of the text each came from."""
