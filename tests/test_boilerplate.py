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


@pytest.mark.parametrize("line", ["Ezra Vane (Dashiell Roark)", "Tobias Greer as Silas Ash"])
def test_cast_list_lines_are_not_subheadings(line):
    assert not is_boilerplate(line)


def test_the_lines_of_a_list_after_a_colon_stay():
    text = "The returning cast includes:\n\nEzra Vane\nWren Hall\n\nWho Is New?\n\nNobody yet."
    masked = mask(text)
    assert "Ezra Vane" in masked and "Wren Hall" in masked
    assert "Who Is New?" not in masked


def roles_of(nlp, text: str) -> set[tuple]:
    """(work, person, role type, character, status) of each role, by name."""
    rec = extract(read_text(text, source="t.txt"), nlp)
    names = {e.id: e.name for e in rec.entities}
    return {(names[r.work], names[r.agent], r.type, names.get(r.character), r.status)
            for r in rec.roles}


def test_a_cast_list_in_lines_gives_the_parts(nlp):
    text = ("date 2024-07-09 Universal is making Dust Junction 2, the sequel to Dust Junction."
            "\n\nThe returning cast includes:\n\nEzra Vane (Dashiell Roark)\nWren Hall (Sunniva "
            "Berg)\n\nRoark and Berg are also producing. Ezra's guns are back.")
    pairs = {(agent, part) for _work, agent, rtype, part, _status in roles_of(nlp, text)
             if rtype == "Actor"}
    assert ("Dashiell Roark", "Ezra Vane") in pairs and ("Sunniva Berg", "Wren Hall") in pairs


def test_a_returning_cast_list_in_lines_is_cast_in_the_sequel_too(nlp):
    text = ("date 2024-07-09 Universal has announced Dust Junction 2, the sequel to Dust "
            "Junction (2021).\n\nThe returning cast includes:\n\nEzra Vane (Dashiell Roark)\n"
            "Wren Hall (Sunniva Berg)\n\nRoark and Berg are also producing.")
    got = {(work, agent, part, status) for work, agent, _rtype, part, status
           in roles_of(nlp, text)}
    for person, part in (("Dashiell Roark", "Ezra Vane"), ("Sunniva Berg", "Wren Hall")):
        assert ("Dust Junction", person, part, "Credited") in got
        assert ("Dust Junction 2", person, part, "Confirmed") in got


def test_a_featured_image_credit_is_boilerplate():
    assert is_boilerplate("(featured image: Walt Disney Studios Motion Pictures)")
    assert not is_boilerplate("The featured image of the campaign shows the two leads.")
