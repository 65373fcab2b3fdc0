"""Renderers: one module per output; study.render.outputs declares them in one table, OUTPUTS.

This package imports nothing itself, so that a module of it (the printer's fingerprint, study.unchanged) is
loaded without every renderer.
"""
