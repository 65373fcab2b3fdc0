"""Ctrl-C is for a build's own process: importing this module makes a process ignore it.

The fork server of a build's workers imports it first, before WeasyPrint (a Ctrl-C in a terminal reaches
every process of the build, and a fork server stopped while importing printed a traceback of its own); the
workers forked from it keep ignoring it. The build's process stops its pool and says so in one line.
"""

from __future__ import annotations

from study.concurrency import ignore_interrupts

ignore_interrupts()  # on import: this module is imported only where Ctrl-C is to pass by (never by a build)
