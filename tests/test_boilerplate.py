"""Lines of a web page that are not the story (kg.extract.boilerplate): masked before the
model reads the text, offsets unchanged, the article text itself untouched."""

import pytest

from kg.extract import extract
from kg.extract.boilerplate import is_boilerplate, mask
from kg.read import read_text


@pytest.mark.parametrize("line", [
    "Related: 10 Fantasy Movies From The 2000s That Deserve A Sequel",
    "READ MORE: Every Upcoming Thriller, Ranked",
    "Photo: Universal Pictures",
    "Photo by Ana Ruiz/Getty Images",
    "(Image: Miramax)",
    "Who Is Returning?",
    "When Will The Lantern Keepers Sequel Release?",
])
def test_links_credits_and_subheadings_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "By Teresa Lindqvist",  # a byline names a person
    "PHOTO: Cast member Ada Pryor attends the premiere of the film in Los Angeles on Friday.",
    "Ida Marsh will direct the sequel.",
    "“I can't wait,” she said.",
])
def test_story_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_mask_keeps_every_offset():
    text = "Ida Marsh will direct.\nRelated: The 12 Best Thrillers, Ranked\nShe said so.\n"
    masked = mask(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert "Thrillers" not in masked and masked.startswith("Ida Marsh will direct.\n")


def test_nothing_is_extracted_from_a_related_link(nlp):
    text = ("date 2024-02-22 Ida Marsh will direct Cold Harbor for Netflix.\n\n"
            "Related: Every Upcoming Thriller From Paramount, Ranked By Leo Brandt\n\n"
            "Marsh said the shoot starts in May.")
    rec = extract(read_text(text, source="t.txt"), nlp)
    names = {e.name for e in rec.entities}
    assert "Cold Harbor" in names and "Ida Marsh" in names
    assert not names & {"Leo Brandt", "Paramount", "Every Upcoming Thriller"}
    assert "Related:" in rec.article.text  # the article text keeps the line
