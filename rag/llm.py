"""Placeholder until the LLM mode lands."""
from .config import Settings


def llm_available(settings: Settings) -> bool:
    return bool(settings.llm_base_url)
