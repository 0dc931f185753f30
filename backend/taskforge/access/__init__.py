"""Who is calling and what they may see, change or administer: the one place every endpoint asks."""
