"""The `hudna` command line: thin commands over the library."""
