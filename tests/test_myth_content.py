"""Checks on the myth library content (pure data: no database, no Django).

Run with: ``.venv/bin/python -m pytest tests/test_myth_content.py -p no:django``
"""

import re

import pytest

from tracker.myth_content import AREAS, LANGUAGES, MYTH_SLUGS, MYTHS
from tracker.myths.content import shipped_content

# One or two sentences per body area, as the shipped content files hold them.
AREA_ADVICE = dict(shipped_content().area_advice)

EXPECTED_SLUGS = (
    "spot-reduction-exercise",
    "choosing-where-fat-comes-off",
    "slimming-creams",
    "sauna-belts-and-wraps",
    "waist-trainers",
    "ems-belts",
    "double-chin",
    "cellulite-burning",
    "visible-abs",
    "toning",
    "women-get-bulky",
    "muscle-turns-to-fat",
    "sweat-equals-fat",
    "cardio-only",
    "fat-burning-zone",
    "fasted-cardio",
    "running-slims-thighs",
)

AREA_TARGETED = set(EXPECTED_SLUGS[:8]) | {"running-slims-thighs"}

# Written out here, not imported: the content must cover exactly these areas.
EXPECTED_AREAS = (
    "belly",
    "love_handles",
    "thighs",
    "hips",
    "buttocks",
    "arms",
    "chest",
    "back",
    "chin_face",
    "calves",
    "knees",
    "ankles",
)

REQUIRED_TEXT_FIELDS = ("slug", "title", "summary", "claim", "reality", "instead", "evidence_note")
TRANSLATED_FIELDS = (
    "title",
    "summary",
    "claim",
    "reality",
    "instead",
    "evidence_note",
    "safety_note",
)
NOTE_FIELDS = ("summary", "evidence_note", "safety_note")

# Absolute wording the copy must avoid: spot work has a tiny effect, not literally none.
ABSOLUTE_PATTERNS = [
    r"\bzero\b",
    r"\bzéro\b",
    r"\bcero\b",
    r"\bnull\b",
    r"\bno effect\b",
    r"\bhas no effect\b",
    r"\bdoes nothing\b",
    r"\bdo nothing\b",
    r"\bnothing at all\b",
    r"\bnever works\b",
    r"\bimpossib",
    r"\bunmöglich",
    r"\bnessun effetto\b",
    r"\bningún efecto\b",
    r"\baucun effet\b",
    r"\bkeine wirkung\b",
    r"\bkeinerlei\b",
]

MYTHS_BY_SLUG = {myth["slug"]: myth for myth in MYTHS}


def all_user_text(myth):
    """Every user-facing string of one myth, in all languages."""
    texts = [myth[field] for field in REQUIRED_TEXT_FIELDS if field != "slug"]
    texts.append(myth["safety_note"])
    for translation in myth["translations"].values():
        texts.extend(translation[field] for field in TRANSLATED_FIELDS)
    return texts


def test_slugs_are_exact_unique_and_in_order():
    slugs = [myth["slug"] for myth in MYTHS]
    assert tuple(slugs) == EXPECTED_SLUGS
    assert len(set(slugs)) == len(slugs)
    assert MYTH_SLUGS == EXPECTED_SLUGS


def test_order_is_sequential_from_one():
    assert [myth["order"] for myth in MYTHS] == list(range(1, len(EXPECTED_SLUGS) + 1))


def test_area_targeted_flags():
    flagged = {myth["slug"] for myth in MYTHS if myth["area_targeted"]}
    assert flagged == AREA_TARGETED
    assert all(isinstance(myth["area_targeted"], bool) for myth in MYTHS)


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_required_fields_are_non_empty(myth):
    for field in REQUIRED_TEXT_FIELDS:
        value = myth[field]
        assert isinstance(value, str), field
        assert value.strip(), f"{myth['slug']}.{field} is empty"
        assert value == value.strip(), f"{myth['slug']}.{field} has stray whitespace"
    assert isinstance(myth["safety_note"], str)


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_title_is_short_and_summary_is_one_sentence(myth):
    assert len(myth["title"]) <= 60
    summary = myth["summary"]
    assert summary.endswith(".")
    assert not re.search(r"[.!?]\s+[A-Z]", summary), "summary should be a single sentence"


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_lengths_fit_the_myth_model(myth):
    # Myth.title is max_length=200 and Myth.summary max_length=300.
    assert len(myth["summary"]) <= 300
    for translation in myth["translations"].values():
        assert len(translation["title"]) <= 80
    sentences = re.findall(r"[.!?](?:\s|$)", myth["evidence_note"])
    assert 1 <= len(sentences) <= 3, "evidence_note should be 1-3 sentences"


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_evidence_has_one_to_five_https_citations(myth):
    evidence = myth["evidence"]
    assert 1 <= len(evidence) <= 5
    for citation in evidence:
        assert citation["text"].strip()
        assert citation["url"].startswith("https://")
        assert " " not in citation["url"]


def test_doi_links_are_well_formed():
    for myth in MYTHS:
        for citation in myth["evidence"]:
            url = citation["url"]
            if "doi.org" in url:
                assert re.fullmatch(r"https://doi\.org/10\.\d{4,5}/\S+", url), url


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_translations_cover_all_languages_and_fields(myth):
    translations = myth["translations"]
    assert set(translations) == set(LANGUAGES) == {"it", "es", "fr", "de", "pt"}
    for lang, translation in translations.items():
        assert set(translation) == set(TRANSLATED_FIELDS), lang
        for field in TRANSLATED_FIELDS:
            value = translation[field]
            if field == "safety_note" and not myth["safety_note"]:
                assert value == "", f"{myth['slug']}.{lang} has a safety note the English lacks"
                continue
            assert value.strip(), f"{myth['slug']}.{lang}.{field} is empty"
            assert value != myth[field], f"{myth['slug']}.{lang}.{field} is untranslated"


def _figures(text):
    """The numbers in a text, separators dropped ("5,004", "5.004" and "5 004" are one figure;
    "0.7" and "0,7" too), so a translation can follow its language's conventions."""
    separators = ".,\u00a0\u202f"  # French groups thousands with a no-break space
    numbers = re.findall(rf"\d+(?:[{separators}]\d+)*", text)
    return sorted(re.sub(rf"[{separators}]", "", n) for n in numbers)


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_translated_notes_keep_every_figure(myth):
    """Summary and notes carry study figures: a translation keeps every one of them."""
    for lang, translation in myth["translations"].items():
        for field in NOTE_FIELDS:
            if translation[field]:
                assert _figures(translation[field]) == _figures(myth[field]), (lang, field)
            # Decimal comma ("5.004" is a thousand separator) and "2 %" (a space before the
            # sign), as the app writes them in every language.
            assert not re.search(r"\d\.(?!\d{3}\b)\d", translation[field]), (lang, field)
            assert not re.search(r"\d%", translation[field]), (lang, field)


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_no_absolute_no_effect_claims(myth):
    for text in all_user_text(myth):
        for pattern in ABSOLUTE_PATTERNS:
            assert not re.search(pattern, text, re.IGNORECASE), (myth["slug"], pattern, text)


def test_area_advice_has_no_absolute_claims():
    for text in AREA_ADVICE.values():
        for pattern in ABSOLUTE_PATTERNS:
            assert not re.search(pattern, text, re.IGNORECASE), (pattern, text)


def test_spot_reduction_wording_is_nuanced():
    myth = MYTHS_BY_SLUG["spot-reduction-exercise"]
    assert "meaningfully" in myth["reality"]
    # The small local effects from recent trials are acknowledged, with the key figures.
    assert "small" in myth["reality"]
    for figure in ("47", "32", "13 studies", "0.7 kg"):
        assert figure in myth["evidence_note"], figure


def test_medical_procedures_are_acknowledged_for_double_chin():
    myth = MYTHS_BY_SLUG["double-chin"]
    assert "clinician" in myth["reality"] or "clinician" in myth["instead"]
    assert "liposuction" in myth["reality"]


def test_sauna_myth_has_heat_illness_safety_note():
    note = MYTHS_BY_SLUG["sauna-belts-and-wraps"]["safety_note"]
    assert note.strip()
    assert "overheating" in note or "heat" in note
    assert "dehydration" in note


def test_only_heat_related_myths_have_safety_notes():
    with_notes = {myth["slug"] for myth in MYTHS if myth["safety_note"]}
    assert with_notes <= {"sauna-belts-and-wraps", "sweat-equals-fat", "running-slims-thighs"}


def test_running_card_is_nuanced_with_dose_and_safety():
    """MYTHS.md 4f: running helps as whole-body loss, at a dose, with a deficit; stay safe."""
    myth = MYTHS_BY_SLUG["running-slims-thighs"]
    for figure in ("30 minutes", "3 to 5", "deficit"):
        assert figure in myth["reality"] + myth["instead"], figure
    assert "half right" in myth["reality"]
    for word in ("warm up", "stretch", "shoes", "pain"):
        assert word in myth["safety_note"] or word in myth["instead"], word


def test_area_advice_covers_all_areas():
    assert tuple(AREA_ADVICE) == EXPECTED_AREAS == AREAS
    for area, text in AREA_ADVICE.items():
        assert text.strip(), area
        sentences = re.findall(r"[.!?](?:\s|$)", text)
        assert 1 <= len(sentences) <= 2, area


def test_module_does_not_import_django():
    import tracker.myth_content as module

    with open(module.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert "django" not in re.sub(r'""".*?"""', "", source, flags=re.S).lower()


def test_loader_reports_every_problem_with_its_file_and_field(tmp_path):
    from tracker.myths.content import ContentError, load_myths, load_vocabulary

    (tmp_path / "01-bad-card.toml").write_text(
        'slug = "bad-card"\norder = 1\ntitle = " padded "\nclaim = ""\nreality = "r"\n'
        'instead = "i"\nsummary = "s."\nevidence_note = "e."\n'
        '[[citations]]\ntext = "A study"\nurl = "javascript:alert(1)"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_myths(tmp_path)
    problems = "\n".join(raised.value.problems)
    assert "01-bad-card.toml: title has spaces at the start or end" in problems
    assert "01-bad-card.toml: claim is empty" in problems
    assert "01-bad-card.toml: citation 1: url must be a web link" in problems
    assert "01-bad-card.toml: [translations.pt] is missing" in problems

    for language in ("en", "it", "es", "fr", "de", "pt"):
        (tmp_path / f"{language}.tsv").write_text(
            "kind\tarea\tmyth\tterm\narea\tbelly\t\tpancia\n", encoding="utf-8"
        )
    (tmp_path / "it.tsv").write_text(
        "# comment\nkind\tarea\tmyth\tterm\nareaa\tbelly\t\tpancia\narea\tnavel\t\tombelico\n"
        "fat\t\tno-such-myth\tgrasso\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_vocabulary(tmp_path, myth_slugs=["spot-reduction-exercise"])
    assert raised.value.problems == (
        "it.tsv line 3: unknown kind 'areaa'",
        "it.tsv line 4: unknown area 'navel'",
        "it.tsv line 5: no myth has the slug 'no-such-myth'",
    )


def test_loader_refuses_a_translation_without_its_notes(tmp_path):
    """A translated card carries the summary and evidence note, and the safety note exactly
    when the English card has one."""
    from tracker.myths.content import ContentError, load_myths

    def table(language, **extra):
        fields = {"title": "t", "claim": "c", "reality": "r", "instead": "i"}
        fields.update(summary="s.", evidence_note="e.", **extra)
        return f"[translations.{language}]\n" + "".join(
            f'{name} = "{value}"\n' for name, value in fields.items()
        )

    english = (
        'slug = "card"\norder = 1\ntitle = "T"\nclaim = "C"\nreality = "R"\ninstead = "I"\n'
        'summary = "S."\nevidence_note = "E."\n'
        '[[citations]]\ntext = "A study"\nurl = "https://doi.org/10.1000/1"\n'
    )
    tables = {language: table(language) for language in ("es", "fr", "de", "pt")}
    tables["es"] = table("es", safety_note="Cuidado.")
    path = tmp_path / "01-card.toml"
    path.write_text(
        english + table("it").replace('evidence_note = "e."\n', "") + "".join(tables.values()),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_myths(tmp_path)
    assert raised.value.problems == (
        "01-card.toml: [translations.it]: evidence_note is missing",
        "01-card.toml: [translations.es]: safety_note is given, but the English card has none",
    )

    # With an English safety note, every translation needs its own.
    path.write_text(
        english.replace('evidence_note = "E."', 'evidence_note = "E."\nsafety_note = "Careful."')
        + table("it")
        + "".join(table(lang, safety_note="!") for lang in ("es", "fr", "de", "pt")),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_myths(tmp_path)
    assert raised.value.problems == ("01-card.toml: [translations.it]: safety_note is missing",)


# The French UI says "tu" to the user, so the French cards do too. "vous" stays allowed only
# inside "rendez-vous"; a plural "vous" ("l'un de vous deux") has no place on a myth card.
FORMAL_FRENCH = re.compile(r"\b(?:vous|votre|vos|vôtre|vôtres)\b", re.IGNORECASE)


@pytest.mark.parametrize("myth", MYTHS, ids=lambda m: m["slug"])
def test_french_cards_address_the_reader_informally(myth):
    translation = myth["translations"]["fr"]
    for field in TRANSLATED_FIELDS:
        text = re.sub(r"\brendez-vous\b", "", translation[field], flags=re.IGNORECASE)
        found = FORMAL_FRENCH.findall(text)
        assert not found, (myth["slug"], field, found)
