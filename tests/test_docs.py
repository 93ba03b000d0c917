"""The README documents every command the CLI registers."""

import re
from pathlib import Path

import pytest

from kg.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def documented_lines(markdown: str) -> list[str]:
    """Headings, lines inside fenced code blocks, and inline code spans of ``markdown``."""
    found, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith("#"):
            found.append(line)
        found.extend(re.findall(r"`([^`]+)`", line))
    return found


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    lines = documented_lines(README.read_text(encoding="utf-8"))
    pattern = re.compile(rf"(?<![\w-])kg {re.escape(command)}(?![\w-])")
    assert any(pattern.search(line) for line in lines), (
        f"README.md documents no `kg {command}` (under a heading or in a code line)"
    )
