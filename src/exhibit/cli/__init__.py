"""The `exhibit` command line: one module per command, each thin over core, ingest and export."""
