"""Lines of a web page that are not the story: "Related: 10 Films Like X", "Photo: Studio",
"READ MORE: …", subheadings such as "Who Is Returning?".

They are masked (each character but the line break becomes a space) before the model reads
the text, so nothing is extracted from them while every offset into the article text stays
the same. The article text itself keeps them.
"""

import re

# A line that opens like a link or a call to act is no part of the story.
LEAD_INS = re.compile(
    r"(?:related|read more|read next|see also|also read|more from|recommended|watch|"
    r"sign up|subscribe)\b\s*(?::|—|-)",
    re.IGNORECASE,
)
# "Photo: Universal Pictures", "Photo by Ana Ruiz/Getty Images": a credit (a longer caption
# says who was where, and stays)
CREDIT = re.compile(r"(?:(?:featured|top|header|lead|main) )?(?:photos?|photograph|image|"
                    r"credit|courtesy)\b\s*(?::|by\b|—|-)\s*", re.IGNORECASE)
CREDIT_AT_END = re.compile(r"(?:/|\()\s*(?:Getty Images|AP|Shutterstock|Reuters|AFP)\)?\s*$")
SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from",
         "by", "is", "are", "be", "vs", "as"}


# "Ezra Colt (Dashiell Rourke)", "Tobias Greenlaw as Silas Ashworth": a cast list's line
CAST_LINE = re.compile(r"\(\s*[A-Z][^)]*\)|\b[A-Z][\w'’-]+ as [A-Z]")


def is_subheading(line: str) -> bool:
    """ "Who Is Returning?", "When Will The Sequel Release?": a short line in title case with
    no sentence ending (a question mark allowed), and no cast list's line."""
    words = re.findall(r"[\w'’&:-]+", line)
    if not 1 <= len(words) <= 12 or re.search(r"[.!;,\"“”]\s*$", line) or \
            re.match(r"by\s", line, re.IGNORECASE) or CAST_LINE.search(line):
        return False  # (a byline names its writer)
    content = [w for w in words if w.lower() not in SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def is_boilerplate(line: str) -> bool:
    text = line.strip().strip("()[]")
    if not text:
        return False
    credit = CREDIT.match(text)
    if credit and len(text[credit.end() :].split()) <= 6:
        return True
    return bool(LEAD_INS.match(text) or CREDIT_AT_END.search(line.strip())) or \
        is_subheading(line.strip())


def mask(text: str) -> str:
    """``text`` with every boilerplate line blanked out, its length unchanged."""
    out = []
    # the lines right after "The returning cast includes:" (a blank line between allowed)
    # are its items, however they look
    listed, colon = False, False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if is_boilerplate(body) and not (listed and is_subheading(body.strip())):
            line = " " * len(body) + line[len(body):]
        if body.strip():
            colon = body.rstrip().endswith(":")
            listed = colon or listed
        else:
            listed, colon = colon, False
        out.append(line)
    return "".join(out)
