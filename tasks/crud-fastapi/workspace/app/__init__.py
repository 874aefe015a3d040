"""The notes service."""
