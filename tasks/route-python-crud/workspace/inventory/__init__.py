"""The inventory microservice."""
