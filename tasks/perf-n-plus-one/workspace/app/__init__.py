"""Wholesale orders service."""
