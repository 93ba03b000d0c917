"""Name normalization shared by extraction, resolution, IRI minting and evaluation."""

import hashlib
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"'})
# A nickname in quotes between a first name and a surname: 'Walter "Dutch" Hollister'
_NICK = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"  # capitalized words: "Dutch", "Mrs P"
# (not "Hulu's “Nightjar Crossing.” The …": an owner, a title, a sentence's next word)
_NOT_A_SURNAME = r"(?!(?:The|A|An|In|On|At|And|But|For|With|As|It|He|She|They)\b)"
NICKNAME = re.compile(
    rf"\b[A-Z][\w'’-]*(?<!['’]s)( [\"“]{_NICK}(?<![.,])[\"”] ){_NOT_A_SURNAME}[A-Z][\w'’-]+")
NICKNAME_QUOTE = re.compile(rf"(?<=\w) \"{_NICK}\" (?=[A-Z])")


def clean_name(name: str) -> str:
    """The display form of a name: straight apostrophes, single spaces, no edge punctuation."""
    name = name.translate(_APOSTROPHES).translate(_QUOTES)
    name = NICKNAME_QUOTE.sub(" ", name)  # 'Josephine "Jo" Abernathy': Josephine Abernathy
    name = re.sub(r"\s+", " ", name).strip(" ,;:\"'")
    if name.endswith("'s") and len(name) > 3:
        name = name[:-2]
    return name


def fold(name: str) -> str:
    """The matching key of a name: folds case, accents, punctuation, apostrophes and '&'/'and'."""
    name = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = name.replace("&", " and ").replace("+", " plus ")
    name = re.sub(r"'s\b", "s", name)
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def slug(name: str) -> str:
    """A readable IRI segment from a name: ``Romy & Michele's`` -> ``romy-and-micheles``."""
    key = fold(name).replace(" ", "-")
    key = re.sub(r"[^a-z0-9-]", "", key)
    if not key:  # names entirely outside ASCII still get a stable segment
        key = "x" + hashlib.sha1(fold(name).encode()).hexdigest()[:12]
    return key[:80]


def digest(*parts: str, length: int = 16) -> str:
    """A short stable hash of several strings."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
