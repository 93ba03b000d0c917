"""Names (kg.names): display forms and matching keys."""

from kg.names import clean_name, fold


def test_clean_name_drops_a_nickname_between_first_name_and_surname():
    assert clean_name('Walter "Dutch" Hollister') == "Walter Hollister"
    assert clean_name("Walter “Dutch” Hollister") == "Walter Hollister"
    assert clean_name('"Dutch"') == "Dutch"  # a quoted title on its own is kept


def test_fold_matches_what_users_write_differently():
    assert fold("Romy & Michele’s") == fold("romy and michele's")


def test_clean_name_keeps_words_quoted_between_sentences():
    text = 'Harbor. "We shoot in March," Brennick'
    assert clean_name(text) == text


def test_a_quoted_title_between_an_owner_and_a_sentence_is_no_nickname():
    from kg.names import NICKNAME

    assert NICKNAME.search('Walter "Dutch" Hollister') is not None
    assert NICKNAME.search("Hulu’s “Nightjar Crossing.” The cast") is None
