"""Pure functions over a Document's segments and hits: level, gaps, outcomes, postings."""
