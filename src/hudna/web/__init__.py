"""Read-only web pages: documents with their evidence highlighted in the original text."""
