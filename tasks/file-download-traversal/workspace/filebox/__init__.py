"""Filebox: every member's documents in a folder of their own."""
