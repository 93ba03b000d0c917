"""Given names: evidence that a capitalized pair the tagger called a company or a title
("Nadia Feld", "Marcus Avery") is somebody's name.

The list is the US Census first names (1990) shipped by the ``names`` package; a name counts
when at least one person in ten thousand bore it, so words that are rarely names ("Winter",
"Mercy", "Warner", "Golden") do not.
"""

from functools import lru_cache
from importlib import resources

MIN_SHARE = 0.01  # percent of the population: one person in ten thousand
FILES = ("dist.male.first", "dist.female.first")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    names = set()
    for name in FILES:
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        for line in text.splitlines():
            fields = line.split()
            if len(fields) >= 2 and float(fields[1]) >= MIN_SHARE:
                names.add(fields[0].lower())
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """``word`` is a common first name ("Nadia", "Marcus"; not "Winter" or "Saltwater")."""
    return word.lower() in _given_names()
