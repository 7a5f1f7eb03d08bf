"""The coach's pages."""
