"""Where the ontology, shapes and JSON-LD context live, installed or in a source checkout."""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _HERE / "_data" / name  # wheel: force-included by pyproject.toml
    if installed.is_dir():
        return installed
    return _HERE.parent / name  # source checkout or editable install


def ontology_dir() -> Path:
    return _data_dir("ontology")


def shapes_dir() -> Path:
    return _data_dir("shapes")


def ontology_file() -> Path:
    return ontology_dir() / "kg.ttl"


def context_file() -> Path:
    return ontology_dir() / "context.jsonld"


def shapes_file() -> Path:
    return shapes_dir() / "kg-shapes.ttl"
