"""The HTTP API and server app: JSON routes plus the web pages, over one store."""
