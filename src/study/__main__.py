"""`python -m study` runs the command line."""

from study.cli import main

main()
