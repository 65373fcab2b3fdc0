"""study: turn Chinese political study documents into a study course."""

__version__ = "0.1.0"
