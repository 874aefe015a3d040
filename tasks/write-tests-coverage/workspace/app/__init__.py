"""HTTP API of the billing service."""
