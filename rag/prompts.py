"""Prompt templates from prompts/, rendered strictly: a missing variable raises, never renders empty.

Leaves out: per-language prompt selection (the templates are Chinese; the model answers in the
question's language when it can).
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .config import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"


@lru_cache(maxsize=1)
def _env() -> Environment:
    # autoescape off: these are plain-text prompts, not HTML.
    return Environment(loader=FileSystemLoader(str(PROMPTS_DIR)), undefined=StrictUndefined,
                       keep_trailing_newline=True, autoescape=False)


def render(name: str, **variables) -> str:
    """Render prompts/<name>.zh.j2; raises jinja2.UndefinedError when a variable is missing."""
    return _env().get_template(f"{name}.zh.j2").render(**variables).strip()
