"""Grounded question answering over Chinese news documents, with paragraph-level citations."""
from .api import (InvalidQuestion, NoDocuments, add_documents, ask, ask_stream, build_index, get_engine,
                  list_documents, remove_documents)
from .config import Settings
from .types import Answer, Citation

__all__ = ["ask", "ask_stream", "build_index", "add_documents", "remove_documents", "list_documents",
           "get_engine", "Answer", "Citation", "Settings", "InvalidQuestion", "NoDocuments"]
