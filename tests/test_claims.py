"""Quote attribution (kg_claims): speaker, outlet and exact offsets, one pattern per test.

Every text here is invented; each runs through the real pipeline.
"""

import re

import pytest

from kg.extract import extract, load_pipeline
from kg.read import read_text


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def claims(nlp, text: str) -> list[dict]:
    """The claims of ``text`` as dicts with the speaker's and outlet's names."""
    article = read_text(text, source="t")
    record = extract(article, nlp)
    names = {e.id: e.name for e in record.entities}
    out = []
    for c in record.claims:
        spans = [article.text[s:e] for s, e in c.spans()]
        if c.quote:  # one utterance, its spans joined ("…" where the attribution was)
            assert re.fullmatch(r"(?: … | )".join(map(re.escape, spans)), c.quote)
        else:
            assert spans == [c.text]
        out.append(
            {
                "quote": c.quote,
                "text": c.text,
                "spans": list(zip(c.spans(), spans, strict=True)),
                "author": names.get(c.author),
                "outlet": names.get(c.stated_in),
                "date": c.date,
            }
        )
    return out


def quote(found: list[dict], words: str) -> dict:
    """The quotation claim that has ``words`` as the whole of one of its quoted spans, with
    that span's offsets as ``start``/``end``."""
    for c in found:
        for (start, end), said in c["spans"]:
            if c["quote"] and said == words:
                return {**c, "start": start, "end": end, "slice": said}
    raise AssertionError(f"no quote {words!r} in {[c['quote'] for c in found]}")


def check(text: str, found: list[dict], words: str, author: str | None, outlet: str | None):
    """The quote ``words`` was said by ``author`` to ``outlet``; its offsets slice to it."""
    claim = quote(found, words)
    if not text.startswith("date "):  # a leading date marker is not part of the article text
        assert text[claim["start"] : claim["end"]] == words
    assert (claim["author"], claim["outlet"]) == (author, outlet)


def test_quote_before_speaker(nlp):
    text = (
        "Nadia Quell has joined the cast of the thriller Low Tide. “I have wanted to play a "
        "lighthouse keeper since I was nine,” Nadia Quell told Variety."
    )
    found = claims(nlp, text)
    words = "I have wanted to play a lighthouse keeper since I was nine"
    check(text, found, words, "Nadia Quell", "Variety")


def test_quote_after_speaker(nlp):
    text = (
        "Director Tomas Brandt is back for the sequel. Brandt said, “We never stopped thinking "
        "about these characters.”"
    )
    found = claims(nlp, text)
    check(text, found, "We never stopped thinking about these characters.", "Tomas Brandt", None)


def test_speaker_is_never_the_outlet(nlp):
    text = "“The film is finished and it is wild,” Marco Reyes told Deadline."
    found = claims(nlp, text)
    check(text, found, "The film is finished and it is wild", "Marco Reyes", "Deadline")


def test_quote_split_by_attribution(nlp):
    text = (
        "Wendy Arbor will star in the drama. “The script arrived on a Tuesday,” Arbor told "
        "IndieWire. “By Wednesday I had said yes.”"
    )
    found = claims(nlp, text)
    check(text, found, "The script arrived on a Tuesday", "Wendy Arbor", "IndieWire")
    check(text, found, "By Wednesday I had said yes.", "Wendy Arbor", "IndieWire")
    # one utterance, one claim: the attribution left out is marked by an ellipsis
    assert [c["quote"] for c in found] == [
        "The script arrived on a Tuesday … By Wednesday I had said yes."
    ]


def test_quotes_with_attributions_of_their_own_stay_apart(nlp):
    text = (
        "Wendy Arbor will star in the drama. “The script arrived on a Tuesday,” Arbor told "
        "IndieWire. “By Wednesday I had said yes,” she added."
    )
    found = claims(nlp, text)
    assert [c["quote"] for c in found] == [
        "The script arrived on a Tuesday",
        "By Wednesday I had said yes",
    ]


def test_pronoun_speaker_with_gender(nlp):
    # the last subject before "she" is a man: the quote is hers
    text = (
        "Oren Valdez and Lucia Marchetti will star in the drama Blue Acre. Marchetti will "
        "reprise her role as the farmer Edie Cole. Valdez said he was thrilled to join his "
        "old friends. “I cried when I read the last page,” she told Deadline."
    )
    found = claims(nlp, text)
    check(text, found, "I cried when I read the last page", "Lucia Marchetti", "Deadline")


def test_nominal_speaker(nlp):
    text = (
        "Priya Holm has signed on to lead the series opposite Jon Park. Park will reprise his "
        "role from the film. The actress said the part was “the hardest audition of my life.”"
    )
    found = claims(nlp, text)
    check(text, found, "the hardest audition of my life.", "Priya Holm", None)


def test_quote_continues_across_paragraphs(nlp):
    text = (
        "Maren Oakes said she was thrilled. Oakes told Collider: “It is the role of a lifetime.\n"
        "\n"
        "“I cannot wait to show people what we made.”\n"
    )
    found = claims(nlp, text)
    check(text, found, "It is the role of a lifetime.", "Maren Oakes", "Collider")
    check(text, found, "I cannot wait to show people what we made.", "Maren Oakes", "Collider")
    assert [c["quote"] for c in found if c["quote"]] == [
        "It is the role of a lifetime. I cannot wait to show people what we made."
    ]


def test_said_in_a_statement_has_no_outlet(nlp):
    # the same speaker told Deadline something else: the statement was not said to Deadline
    text = (
        "Kasimir Dole will direct the adaptation. Dole told Deadline that the book “has been on "
        "my nightstand for a decade.”\n"
        "\n"
        "“It is a story about a family that never stops arguing,” Dole said in a statement. "
        "“I recognized every one of them.”"
    )
    found = claims(nlp, text)
    check(text, found, "has been on my nightstand for a decade.", "Kasimir Dole", "Deadline")
    words = "It is a story about a family that never stops arguing"
    check(text, found, words, "Kasimir Dole", None)
    check(text, found, "I recognized every one of them.", "Kasimir Dole", None)


def test_told_outlet_that(nlp):
    text = (
        "Jonas Whitby will direct the sequel. Whitby told Deadline that the new film would be "
        "“twice as loud and half as long.”"
    )
    found = claims(nlp, text)
    check(text, found, "twice as loud and half as long.", "Jonas Whitby", "Deadline")


def test_according_to_a_person(nlp):
    text = (
        "“We are not done with this family yet,” according to Lena Marsh, who produced the "
        "first two films."
    )
    found = claims(nlp, text)
    check(text, found, "We are not done with this family yet", "Lena Marsh", None)


def test_according_to_an_outlet_is_a_reported_statement(nlp):
    text = (
        "According to Deadline, the studio is eyeing a summer release. “We want it in theaters "
        "when people are bored,” producer Aldo Venn said."
    )
    found = claims(nlp, text)
    reported = [c for c in found if c["quote"] is None]
    assert [(c["author"], c["outlet"]) for c in reported] == [("Deadline", "Deadline")]
    assert reported[0]["text"] == "According to Deadline, the studio is eyeing a summer release."
    check(text, found, "We want it in theaters when people are bored", "Aldo Venn", None)


def test_sources_told_an_outlet(nlp):
    text = "Mina Saar is in talks to direct the remake, sources told Variety."
    found = claims(nlp, text)
    assert [(c["quote"], c["author"], c["outlet"]) for c in found] == [
        (None, "Variety", "Variety")
    ]


def test_organization_statement(nlp):
    text = (
        "Halcyon Pictures has parted ways with director Mina Saar. Halcyon said in a statement "
        "that the split was “entirely mutual” and that the film stays on schedule."
    )
    found = claims(nlp, text)
    check(text, found, "entirely mutual", "Halcyon Pictures", None)


def test_posted_on_x(nlp):
    text = "Jonah Kettle posted on X: “Nobody tell my mother I am playing a villain.”"
    found = claims(nlp, text)
    check(text, found, "Nobody tell my mother I am playing a villain.", "Jonah Kettle", "X")


def test_wrote_on_instagram(nlp):
    text = (
        "Rosa Lind is returning to the show. “The lanterns are lit again. I waited a decade "
        "for this!” she wrote on Instagram."
    )
    found = claims(nlp, text)
    words = "The lanterns are lit again. I waited a decade for this!"
    check(text, found, words, "Rosa Lind", "Instagram")


def test_captioned_post(nlp):
    text = (
        "Lena Fairchild shared a photo from the set on Instagram and captioned it “Day one, "
        "back in the boots.”"
    )
    found = claims(nlp, text)
    check(text, found, "Day one, back in the boots.", "Lena Fairchild", "Instagram")


def test_outlet_in_previous_sentence_for_same_speaker(nlp):
    text = (
        "Bram Ostrow announced his exit on Instagram. “Eight years on this show changed my "
        "life,” he wrote. “Thank you for watching.”"
    )
    found = claims(nlp, text)
    check(text, found, "Eight years on this show changed my life", "Bram Ostrow", "Instagram")
    check(text, found, "Thank you for watching.", "Bram Ostrow", "Instagram")


def test_outlet_of_another_speaker_is_not_taken(nlp):
    text = (
        "Ruth Calder has exited the drama. She told Variety that the decision was hers. Tom "
        "Hale, the showrunner, was gracious. “Ruth made this show,” he said."
    )
    found = claims(nlp, text)
    check(text, found, "Ruth made this show", "Tom Hale", None)


def test_told_the_outlet(nlp):
    text = (
        "“The script arrived on a Tuesday,” Wendy Arbor told IndieWire. Arbor's next film "
        "premieres in May. “I wrote the ending first,” she told the outlet."
    )
    found = claims(nlp, text)
    check(text, found, "I wrote the ending first", "Wendy Arbor", "IndieWire")


def test_in_a_chat_with(nlp):
    text = (
        "Felix Morrow spoke about the reboot in a chat with The A.V. Club. “It has to feel like "
        "the old show, only braver,” Morrow said."
    )
    found = claims(nlp, text)
    words = "It has to feel like the old show, only braver"
    check(text, found, words, "Felix Morrow", "The A.V. Club")


def test_during_a_show(nlp):
    text = (
        "Celia Ward teased the news during the “Today” show in June 2023. “We start shooting "
        "in March,” she said."
    )
    found = claims(nlp, text)
    check(text, found, "We start shooting in March", "Celia Ward", "Today")
    assert quote(found, "We start shooting in March")["date"] == "2023-06"


def test_surname_of_a_person_the_tagger_missed(nlp):
    # "Dov Kessler" is only named inside "Anya and Dov Kessler" before he speaks
    text = (
        "The screenplay is by Anya and Dov Kessler, a married writing team. “We wrote the "
        "villain first,” Dov Kessler said in a statement."
    )
    found = claims(nlp, text)
    check(text, found, "We wrote the villain first", "Dov Kessler", None)


def test_surname_refers_to_the_full_name(nlp):
    text = (
        "The series was created by Odile Brannock, who also wrote the pilot. Brannock, who "
        "also serves as showrunner, told Variety that the writers had mapped out “at least "
        "three more seasons” of the story."
    )
    found = claims(nlp, text)
    check(text, found, "at least three more seasons", "Odile Brannock", "Variety")


def test_relative_date(nlp):
    text = (
        "date 2024-03-12 Keith Oyama has campaigned for a sequel for years. “If they call, I am "
        "there before the phone stops ringing,” he told Entertainment Weekly last month."
    )
    found = claims(nlp, text)
    words = "If they call, I am there before the phone stops ringing"
    check(text, found, words, "Keith Oyama", "Entertainment Weekly")
    assert quote(found, words)["date"] == "2024-02"


def test_organization_named_by_a_noun(nlp):
    text = (
        "The studio behind the film, Meridian Pictures, confirmed the delay. “We want to get it "
        "right,” the studio said in a statement."
    )
    found = claims(nlp, text)
    check(text, found, "We want to get it right", "Meridian Pictures", None)


def test_festival_named_by_a_noun(nlp):
    # "the festival" is the festival, not the last organization named (the Oscars)
    text = (
        "Anouk Bessette will receive a career award at the Lakeside International Film "
        "Festival. Bessette won an Oscar in 2009. The festival said in a statement that she "
        "“changed how a generation watches movies.”"
    )
    found = claims(nlp, text)
    words = "changed how a generation watches movies."
    check(text, found, words, "Lakeside International Film Festival", None)


def test_reported_statement_of_a_company_to_an_outlet(nlp):
    found = claims(nlp, "Ruby Tam will star in Cold Iron. Netflix confirmed the casting to "
                        "Variety on Tuesday.")
    reported = [c for c in found if c["quote"] is None]
    assert len(reported) == 1
    assert (reported[0]["author"], reported[0]["outlet"]) == ("Netflix", "Variety")


def test_a_negated_announcement_is_no_claim(nlp):
    found = claims(nlp, "Ryan Cole starred in Iron Bay. Sony has not announced plans for a "
                        "third film.")
    assert [c for c in found if c["quote"] is None] == []


@pytest.mark.parametrize(
    "said",
    [
        "Quell said on the podcast Night Owls last week",
        "Quell said on Monday's episode of the podcast Night Owls",
        "Quell said on her Night Owls podcast",
    ],
)
def test_a_podcast_is_the_outlet(nlp, said):
    text = f"Nadia Quell will star in the thriller. “I read it twice in one night,” {said}."
    found = claims(nlp, text)
    check(text, found, "I read it twice in one night", "Nadia Quell", "Night Owls")


def test_an_outlet_named_before_where_it_was_told(nlp):
    text = (
        "Nadia Quell will star in the thriller. “I read it twice in one night,” she told "
        "Entertainment Tonight at a Netflix press event in Toronto."
    )
    found = claims(nlp, text)
    check(text, found, "I read it twice in one night", "Nadia Quell", "Entertainment Tonight")


def test_an_outlet_s_initials_name_the_outlet(nlp):
    text = "Nadia Quell will star in the thriller. “I read it twice,” she told ET."
    found = claims(nlp, text)
    check(text, found, "I read it twice", "Nadia Quell", "Entertainment Tonight")


def test_a_show_the_tagger_reads_as_a_date_is_still_the_outlet(nlp):
    text = "Nadia Quell will star in the thriller. “I read it twice,” she told TODAY."
    found = claims(nlp, text)
    check(text, found, "I read it twice", "Nadia Quell", "Today")


def test_a_paragraph_that_opens_with_a_quote_keeps_the_platform_before(nlp):
    text = ("date 2025-02-03 Carl Mottram directed the 1987 original of The Cellar Door. He made "
            "his feelings clear on Instagram over the weekend.\n\n"
            "\u201cNobody asked me, and that is fine,\u201d he wrote.\n")
    rec = extract(read_text(text, source="t.txt"), nlp)
    claim = next(c for c in rec.claims if c.quote and c.quote.startswith("Nobody"))
    assert rec.entity(claim.author).name == "Carl Mottram"
    assert rec.entity(claim.stated_in).name == "Instagram"


def test_a_pronoun_is_not_the_owner_named_in_an_apposition(nlp):
    # the director is named only as an owner ("Kim's drama, in which she played"): "she" and
    # the quote's "she says" are the profile's subject
    text = (
        "Mara Quell is late. Quell, 36, has the energy of a newcomer. It has been twelve years "
        "since her breakout in 2011's Paper Kites, Dana J. Whit’s scrappy coming-of-age drama, "
        "in which she played "
        "Nell Garrity.\n\n"
        "“I spent my twenties waiting for permission,” she says."
    )
    found = claims(nlp, text)
    check(text, found, "I spent my twenties waiting for permission", "Mara Quell", None)
    rec = extract(read_text(text, source="t"), nlp)
    names = {e.id: e.name for e in rec.entities}
    actors = {(names[r.agent], names[r.work]) for r in rec.roles if r.type == "Actor"}
    assert ("Mara Quell", "Paper Kites") in actors and not any(
        who == "Dana J. Whit" for who, _ in actors)


def test_a_possessive_subject_is_the_speaker(nlp):
    text = ("Ida Marlow will return. Marlow's reaction arrived within the hour. “We are back,” "
            "she wrote on Instagram.")
    check(text, claims(nlp, text), "We are back", "Ida Marlow", "Instagram")


@pytest.mark.parametrize("text, speaker", [
    ("NBC has renewed the drama. “She has been part of the family,” a spokesperson for the "
     "network said. The spokesperson added that her exit “will be addressed early.”", "NBC"),
    ("Netflix renewed the series. “We are thrilled,” a Netflix spokesperson said.", "Netflix"),
])
def test_a_spokesperson_speaks_for_the_company(nlp, text, speaker):
    found = claims(nlp, text)
    assert {c["author"] for c in found if c["quote"]} == {speaker}


@pytest.mark.parametrize("text, words, outlet", [
    ('Ida Roe wrote the novel. In a 2015 interview with The Bookseller, she said the novel was '
     '"written to be filmed, frankly," and laughed.', "written to be filmed, frankly",
     "The Bookseller"),
    ("Ida Roe stars. Roe told the Guardian last year that the sequel is darker: “The first film "
     "was a fairy tale.”", "The first film was a fairy tale.", "The Guardian"),
    ("The director, Gordon Feeney, said on an October episode of his podcast, Rewind with "
     "Gordon, that he has a plan. “I would direct it in a heartbeat,” he said.",
     "I would direct it in a heartbeat", "Rewind with Gordon"),
    ("Renee Babcock appeared on Watch What Happens Live on Tuesday. “I have read every script,” "
     "she told host Andy Cohen.", "I have read every script", "Watch What Happens Live"),
])
def test_outlets_with_their_article_podcasts_and_talk_shows(nlp, text, words, outlet):
    found = claims(nlp, text)
    claim = quote(found, words)
    assert claim["outlet"] == outlet


def test_on_the_podcast_x_names_the_outlet_even_where_the_tagger_sees_a_place(nlp):
    text = ('Fans want Lazar back. On the podcast Tavern Tales last month, Dmitri Lazar said he '
            'would "absolutely, unreservedly" sign on. "Rowan never got his ending," he said.')
    found = claims(nlp, text)
    assert quote(found, "Rowan never got his ending")["outlet"] == "Tavern Tales"


def test_the_los_angeles_times_is_named_as_it_names_itself(nlp):
    text = "Ida Pruitt retired. She told the Los Angeles Times she had “hung up the badge.”"
    assert quote(claims(nlp, text), "hung up the badge.")["outlet"] == "Los Angeles Times"


def test_a_shared_surname_alone_is_the_story_s_subject_when_the_other_goes_by_first_name(nlp):
    text = ("June Ferreira has been crying on a soundstage for six hours.\n\n"
            "Her first film was directed by her older brother, Mateo Ferreira.\n\n"
            "“Mateo gave me my first real job,” Ferreira says.")
    assert quote(claims(nlp, text), "Mateo gave me my first real job")["author"] == \
        "June Ferreira"


@pytest.mark.parametrize("attribution", ["the 33-year-old says between takes",
                                         "the 33-year-old actress said"])
def test_the_n_year_old_says_is_the_story_s_subject(nlp, attribution):
    text = ("June Ferreira has been crying on a soundstage for six hours.\n\n"
            f'"This is the good kind of tired," {attribution}.')
    assert quote(claims(nlp, text), "This is the good kind of tired")["author"] == \
        "June Ferreira"


@pytest.mark.parametrize("text, words, outlet", [
    ("Apple renewed the drama. Jonah Felsted returns as showrunner.\n\nFelsted, in an interview "
     "with The Hollywood Reporter, teased a darker turn. “Season one was about the rules,” he "
     "said.", "Season one was about the rules", "The Hollywood Reporter"),
    ("Her co-star Lila Montrose addressed the question on a recent episode of her podcast, Off "
     "Script.\n\n“People ask me about it every single week,” she said.",
     "People ask me about it every single week", "Off Script"),
    ("Jessica Rourke wants back in. “I'd be on set by Thursday,” she said on The Talk last "
     "week.", "I'd be on set by Thursday", "The Talk"),
    ("Meredith Lane stars. “Can't say a word yet,” Lane tweeted on Tuesday.",
     "Can't say a word yet", "Twitter"),
])
def test_outlets_from_the_sentence_before_a_show_and_a_tweet(nlp, text, words, outlet):
    assert quote(claims(nlp, text), words)["outlet"] == outlet


def test_speaking_to_an_outlet_sets_the_interview_the_next_quotes_come_from(nlp):
    text = ("The siblings are making Chip Fat.\n\nSpeaking to Screen Daily ahead of the market, "
            "the siblings finished each other’s sentences.\n\n“We grew up on Ealing comedies,” "
            "said Ana Ferreira.")
    assert quote(claims(nlp, text), "We grew up on Ealing comedies")["outlet"] == "Screen Daily"


def test_an_interview_years_ago_gives_no_outlet_to_todays_words(nlp):
    text = ("date 2020-02-20 Renee Bell appeared on Good Morning America on Wednesday.\n\n"
            "Bell told Us Weekly in 2019 that she wanted a death scene.\n\n"
            "Later she laughed about her co-star.\n\nThe crew loved it, she added.\n\n"
            "“We are friendly,” Bell said.")
    found = claims(nlp, text)
    assert quote(found, "We are friendly")["outlet"] == "Good Morning America"


def test_a_first_name_tells_a_gender_no_pronoun_has(nlp):
    # nothing but the first names says that Greg Tolliver is not "she"
    text = (
        "date 2024-06-18 Celeste Varga did not want to go back to Pine Street.\n\n"
        "Original creator Greg Tolliver returned to run the revival.\n\n"
        "“Greg called me and said he wanted a new show,” she recalls."
    )
    found = claims(nlp, text)
    check(text, found, "Greg called me and said he wanted a new show", "Celeste Varga", None)


def test_a_name_common_to_both_genders_tells_nothing():
    from kg.extract.given_names import name_gender
    assert (name_gender("Celeste"), name_gender("Greg")) == ("f", "m")
    assert name_gender("Casey") is None and name_gender("Saltwater") is None


def test_words_from_an_earlier_occasion_lend_its_outlet_to_no_later_words(nlp):
    text = (
        "date 2024-06-18 Celeste Varga has a confession.\n\n"
        "“I said no three times,” Varga tells EW.\n\n"
        "Appearing on the Couch Notes podcast in 2021, she shot down the idea. “I'm never "
        "doing it again,” she said at the time.\n\n"
        "“Greg called me with a new idea,” she recalls."
    )
    found = claims(nlp, text)
    check(text, found, "I'm never doing it again", "Celeste Varga", "Couch Notes")
    check(text, found, "Greg called me with a new idea", "Celeste Varga",
          "Entertainment Weekly")


def test_a_year_in_a_clause_about_a_film_dates_no_interview(nlp):
    text = (
        "date 2024-03-14 Hal Greer, who went on to direct the 2006 thriller Salt Flats, admitted "
        "to Collider that he was unsure. “I pitched it three times,” the director said."
    )
    found = claims(nlp, text)
    check(text, found, "I pitched it three times", "Hal Greer", "Collider")


def test_a_studio_named_like_a_word_speaks_in_its_statement(nlp):
    text = (
        "date 2020-01-28 Neon has acquired rights to Borrowed Weather.\n\n"
        "“Hana has made a film that is hilarious,” Neon said in a statement."
    )
    found = claims(nlp, text)
    check(text, found, "Hana has made a film that is hilarious", "Neon", None)


def test_a_podcast_named_with_its_host_is_the_show_not_the_host(nlp):
    text = (
        "date 2024-06-18 Celeste Varga was on Ben Farraday's Couch Notes podcast in 2021. "
        "“I'm never doing it again,” she said."
    )
    found = claims(nlp, text)
    check(text, found, "I'm never doing it again", "Celeste Varga", "Couch Notes")


def test_the_speaker_past_an_age(nlp):
    text = ("Russell Pike, who played the patriarch, has no plans to return. \"I gave him seven "
            "good years,\" Pike, 80, told People.")
    check(text, claims(nlp, text), "I gave him seven good years", "Russell Pike", "People")


def test_a_quote_after_a_colon_is_the_subjects(nlp):
    text = ("Brooke Ellery, who played Sloane, left a comment on the video: \"Save me a seat "
            "next time.\"")
    check(text, claims(nlp, text), "Save me a seat next time.", "Brooke Ellery", None)


def test_a_quote_paragraph_after_its_speaker_is_introduced(nlp):
    text = ("Peacock is reviving Kingsbridge Road.\n\nAsked by her co-host whether she would "
            "say yes, Jules Okonjo didn't hesitate.\n\n\"In a heartbeat. I love that crew.\"\n\n"
            "Dean Marchetti addressed the news in a lengthy post on X on Thursday morning.\n\n"
            "\"When we made Storm Crossing, we thought eleven people would see it.\"")
    found = claims(nlp, text)
    check(text, found, "In a heartbeat. I love that crew.", "Jules Okonjo", None)
    check(text, found, "When we made Storm Crossing, we thought eleven people would see it.",
          "Dean Marchetti", "X")


def test_no_speaker_for_a_quote_after_a_sentence_about_a_film(nlp):
    text = ("The film opens Friday.\n\n\"A thriller of uncommon nerve.\"")
    found = claims(nlp, text)
    assert all(c["author"] is None for c in found)


def test_screen_is_the_trade_paper_and_a_speakers_name_no_place(nlp):
    text = ("Marta Zielinska is shooting The Salt Orchard this autumn. \"I wanted something "
            "with more air in it,\" Zielinska told Screen. The film hits the big screen next "
            "year.")
    check(text, claims(nlp, text), "I wanted something with more air in it", "Marta Zielinska",
          "Screen Daily")
    record = extract(read_text(text, source="t"), nlp)
    assert not [e.name for e in record.entities if e.type == "Place"]
