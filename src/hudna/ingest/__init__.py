"""Ingest: reading reports (txt, html, jsonl, rss) into Documents, with encoding, language and
boilerplate handling. The original bytes are kept; see `hudna.pipeline` for the batch runner."""
