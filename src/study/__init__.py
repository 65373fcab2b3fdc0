"""study: turn Chinese political study documents into a study course."""

__version__ = "0.1.0"
# What study names itself as the maker of its outputs (an HTML page's <meta name="generator">, a PDF's Creator):
# the reader refuses a file so made as a source (read.binary)
MAKER = "study"
