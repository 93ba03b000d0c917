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


@lru_cache(maxsize=2)
def _shares(name: str) -> dict[str, float]:
    """{first name: percent of the population} of one of the lists."""
    shares = {}
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            shares[fields[0].lower()] = float(fields[1])
    return shares


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(n for name in FILES for n, share in _shares(name).items()
                     if share >= MIN_SHARE)


def name_gender(word: str) -> str | None:
    """ "m" or "f" when at least four in five who bear the first name ``word`` are men or
    women (the census's shares), else None ("Taylor", "Casey")."""
    male = _shares(FILES[0]).get(word.lower(), 0.0)
    female = _shares(FILES[1]).get(word.lower(), 0.0)
    if max(male, female) < MIN_SHARE:
        return None
    return "m" if male >= 4 * female else "f" if female >= 4 * male else None


def full_name_gender(name: str) -> str | None:
    """The gender the first name of a full name says ("Miriam Pell": "f"); None for one word
    ("Pell") or a first name both sexes bear."""
    words = name.split()
    return name_gender(words[0]) if len(words) > 1 else None


def is_given_name(word: str) -> bool:
    """``word`` is a common first name ("Nadia", "Marcus"; not "Winter" or "Saltwater")."""
    return word.lower() in _given_names()
