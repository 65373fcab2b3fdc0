"""Compatibility: script conversion now lives in study.script, the one leaf module every stage uses."""

from __future__ import annotations

from study.script import detect_script, simplify, to_traditional

__all__ = ["detect_script", "simplify", "to_traditional"]
