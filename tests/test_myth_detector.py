"""Tests of the pure spot-reduction detector, its default vocabulary and its scoring helper.

No Django here: run with ``pytest tests/test_myth_detector.py -p no:django``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.myth_detector import (
    AREA_LABELS,
    AREAS,
    KIND_LABELS,
    KINDS,
    LANGUAGES,
    MythMatch,
    VocabularyTerm,
    compile_vocabulary,
    detect_language,
    relies_on_running,
    spot_reduction_match,
    whole_body_rewrite,
)
from tracker.myth_eval import evaluate, evaluate_with, format_report, parse_tsv
from tracker.myth_vocabulary import DEFAULT_TERMS, default_vocabulary

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "goals_dev.tsv"
HOLDOUT_SET = Path(__file__).resolve().parent / "fixtures" / "goals_holdout.tsv"
BLIND_SET = Path(__file__).resolve().parent / "fixtures" / "goals_blind.tsv"


def match(text: str) -> MythMatch | None:
    return spot_reduction_match(text, default_vocabulary())


# (text, area, language) that must be flagged, one case family per block, every language.
MYTHS = [
    # plain area
    ("lose belly fat", "belly", "en"),
    ("perdere il grasso sulle braccia", "arms", "it"),
    ("reducir la grasa de la espalda", "back", "es"),
    ("brûler la graisse des cuisses", "thighs", "fr"),
    ("Fett an den Hüften verlieren", "hips", "de"),
    # slang
    ("get rid of my muffin top", "love_handles", "en"),
    ("eliminare le maniglie dell'amore", "love_handles", "it"),
    ("quitarme las lonjas", "love_handles", "es"),
    ("éliminer ma culotte de cheval", "thighs", "fr"),
    ("Winkearme loswerden", "arms", "de"),
    # local method
    ("side bends to burn my love handles", "love_handles", "en"),
    ("perdere la pancia facendo addominali", "belly", "it"),
    ("bajar de cadera con patadas laterales", "hips", "es"),
    ("perdre du ventre avec des crunchs", "belly", "fr"),
    ("mit Sit-ups den Bauch flach bekommen", "belly", "de"),
    # local product
    ("sauna belt to melt my belly", "belly", "en"),
    ("crema snellente sulle cosce", "thighs", "it"),
    ("faja reductora para la cintura", "belly", "es"),
    ("crème amincissante pour les cuisses", "thighs", "fr"),
    ("Schwitzgürtel für einen flachen Bauch", "belly", "de"),
    # only from X
    ("I only want to lose fat from my stomach, not my face", "belly", "en"),
    ("voglio dimagrire solo sulle cosce", "thighs", "it"),
    ("adelgazar solo las piernas", "thighs", "es"),
    ("je veux juste perdre le gras du ventre, pas ailleurs", "belly", "fr"),
    ("nur am Bauch abnehmen, nicht im Gesicht", "belly", "de"),
    # typos, accents, joined words, emoji
    ("get rid of stomache fat", "belly", "en"),
    ("perdere la panza", "belly", "it"),
    ("bajar la pansa", "belly", "es"),
    ("eliminer la graise des cuisses", "thighs", "fr"),
    ("Baeuche weg", "belly", "de"),
    ("lose my bellyfat", "belly", "en"),
    ("burn the fat on my 🍑", "buttocks", "en"),
    ("eliminare il doppiomento", "chin_face", "it"),
    ("BAUCHFETT verlieren", "belly", "de"),
    # negation traps: the negation covers weight loss or dieting, not the area
    ("I don't want to lose weight, I just want to lose my belly fat", "belly", "en"),
    ("Not interested in dieting, just want crunches to get rid of my stomach fat", "belly", "en"),
    ("non mi interessa dimagrire, voglio solo togliere la ciccia dalle cosce", "thighs", "it"),
    ("no quiero bajar de peso, solo quiero perder la papada", "chin_face", "es"),
    ("je ne veux pas maigrir, juste perdre mes poignées d'amour", "love_handles", "fr"),
    ("Ich will nicht abnehmen, nur die Rettungsringe loswerden", "love_handles", "de"),
]

# Case families added with the blind set: (text, area, language), a few per language.
MORE_MYTHS = [
    # negated desire: "don't want X anymore" wants the fat gone
    ("I don't want love handles anymore", "love_handles", "en"),
    ("non voglio più la pancetta", "belly", "it"),
    ("ya no quiero tener panza", "belly", "es"),
    ("ich will keine Speckröllchen mehr am Bauch", "belly", "de"),
    # an area goal added to a whole-body goal is still an area goal
    ("lose 5 kg and also get rid of my love handles", "love_handles", "en"),
    ("get rid of my belly and lose 5 kg", "belly", "en"),
    ("voglio perdere 5 kg e anche eliminare le maniglie dell'amore", "love_handles", "it"),
    ("bajar 5 kilos y además quitarme las lonjas", "love_handles", "es"),
    ("perdre 5 kilos et en plus faire disparaître mes poignées d'amour", "love_handles", "fr"),
    ("5 kg abnehmen und dazu die Rettungsringe loswerden", "love_handles", "de"),
    # split objects: tone an area, then lose "the" fat
    ("Oberarme straffen und das Fett wegbekommen", "arms", "de"),
    ("tone my tummy and lose the fat", "belly", "en"),
    ("rassodare l'interno coscia e bruciare il grasso", "thighs", "it"),
    ("tonificar los brazos y quemar la grasa", "arms", "es"),
    ("raffermir les bras et perdre le gras", "arms", "fr"),
    # slang, dialect and disappearance verbs
    ("torch my muffin top 🔥", "love_handles", "en"),
    ("want my gut to disappear before the wedding", "belly", "en"),
    ("braccia a tendina, le voglio eliminare", "arms", "it"),
    ("quitarme el gordito de la panza", "belly", "es"),
    ("eliminar los rollos del brasier", "back", "es"),
    ("perdre les bourrelets sous le soutif", "back", "fr"),
    ("faire fondre ma bedaine", "belly", "fr"),
    ("wie werd ich meinen Ranzen los?", "belly", "de"),
    ("Schwimmring an den Seiten loswerden", "love_handles", "de"),
    ("de Buuch wegbringe, mit Crunches", "belly", "de"),
    # local methods and products
    ("hula hoop for a smaller waist", "belly", "en"),
    ("glutei senza cellulite grazie agli squat", "buttocks", "it"),
    ("EMS-Bauchgürtel für ein Sixpack ohne Training", "belly", "de"),
    # typos and short words
    ("burn hpis fat", "hips", "en"),
    ("perdere la pnacia", "belly", "it"),
]

# Hard negatives for the same families.
MORE_NOT_MYTHS = [
    # the area is the outcome of whole-body loss ("so", "così", "damit", "para que")
    "lose 5 kg so my love handles shrink",
    "perdere 5 kg così la pancia si riduce",
    "bajar de peso en general para que se me reduzca la panza",
    "insgesamt abnehmen, damit auch der Bauch weggeht",
    # "and" joining goals that are not area fat goals
    "tone my arms and lose fat",
    "get stronger and also lose 5 kg",
    "perdre 5 kilos et aussi courir plus vite",
    "5 kg abnehmen und auch schneller laufen",
    # negated desire about pain or muscle, not fat
    "I don't want knee pain anymore",
    "non voglio più mal di schiena",
    "keine Knieschmerzen mehr",
    # words that a loose typo match would misread
    "touch my toes by march",
    "come faccio a correre 10 km?",
    "abdos tous les jours pour renforcer le tronc",
    "was ist los mit meinem Knie",
    # educated in hindsight
    "I used to think sit-ups burned belly fat, now I'm just in a calorie deficit",
]

# Texts that must not be flagged, grouped by the reason.
NOT_MYTHS = {
    "negated or educated": [
        "I know crunches won't burn belly fat, I just want a strong core",
        "Not trying to spot reduce, just want a stronger core",
        "So che gli addominali non bruciano la pancia: obiettivo deficit calorico",
        "Sé que los abdominales no queman la grasa de la barriga",
        "Je sais qu'on ne peut pas perdre du ventre localement",
        "Ich weiß, dass Bauchübungen kein Bauchfett verbrennen",
        "ditch the waist trainer; real goal = lose 6 kg",
    ],
    "muscle": [
        "build bigger glutes",
        "quad sweep for my next show",
        "mettere massa sulle braccia",
        "glúteos más grandes",
        "prendre du muscle aux fessiers",
        "größerer Po durch Hip Thrusts",
    ],
    "rehab or mobility": [
        "fix my knee pain",
        "improve ankle mobility for squats",
        "eliminare il mal di schiena lombare",
        "recuperarme de la lesión de rodilla",
        "douleur au genou en montée",
        "Knieschmerzen beim Laufen loswerden",
    ],
    "whole-body goal": [
        "lose 5 kg",
        "dimagrire 8 chili entro l'estate",
        "perder 10 kilos",
        "perdre 6 kg",
        "Körperfettanteil auf 15 % senken",
    ],
    "area outcome through a whole-body route": [
        "visible abs by getting to 12% BF",
        "lower my visceral fat through diet and regular cardio",
        "addominali scolpiti arrivando al 12% di grasso corporeo",
        "abdomen marcado bajando el porcentaje de grasa corporal con dieta",
        "avoir des abdos visibles en baissant mon taux de masse grasse",
        "Sixpack sichtbar machen durch Kaloriendefizit",
    ],
    "medical procedure": [
        "Liposuction on my chin is booked",
        "coolsculpting on my love handles next month",
        "liposuzione all'addome già fatta",
        "lipoescultura en el abdomen en marzo",
        "cryolipolyse sur le ventre prévue",
        "Fettabsaugung am Bauch geplant",
    ],
    "area word without a fat goal": [
        "thigh chafing on long runs",
        "10 strict chin-ups",
        "belly breathing to manage stress",
        "Scheuern an den Oberschenkeln beim Radfahren vermeiden",
    ],
    "other myths, not area-targeted": [
        "stay in the fat burning zone on my runs",
        "fasted cardio every morning to burn more fat",
        "sweat off 2 kg before my weigh-in",
        "tone up with light weights",
        "niente più corsa a digiuno",
        "entrenar en ayunas para quemar más grasa",
        "rester dans la zone de combustion des graisses",
        "Nüchterntraining für mehr Fettverbrennung",
    ],
    "performance and habits": [
        "run a sub-25 5k",
        "deadlift 200 kg",
        "correre una mezza maratona sotto le 2 ore",
        "sleep 8h and drink 2L water daily",
    ],
}


@pytest.mark.parametrize(("text", "area", "language"), MYTHS)
def test_flags_area_fat_goals(text: str, area: str, language: str) -> None:
    found = match(text)
    assert found is not None, text
    assert found.area == area
    assert found.language == language
    assert found.triggers


@pytest.mark.parametrize(("text", "area", "language"), MORE_MYTHS)
def test_flags_new_case_families(text: str, area: str, language: str) -> None:
    found = match(text)
    assert found is not None, text
    assert (found.area, found.language) == (area, language)


@pytest.mark.parametrize("text", MORE_NOT_MYTHS, ids=lambda t: t[:40])
def test_leaves_new_hard_negatives_alone(text: str) -> None:
    assert match(text) is None


@pytest.mark.parametrize(
    "text", [text for texts in NOT_MYTHS.values() for text in texts], ids=lambda t: t[:40]
)
def test_leaves_other_goals_alone(text: str) -> None:
    assert match(text) is None


def test_triggers_name_the_words_that_fired() -> None:
    found = match("get rid of bat wings with tricep dips")
    assert found is not None
    assert found.triggers == ("get rid of", "bat wings", "tricep dips")
    # Triggers are cut from the user's own text, accents and case included.
    found = match("Perdre mes POIGNÉES D'AMOUR")
    assert found is not None
    assert "POIGNÉES D'AMOUR" in found.triggers


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("vibration plate + ab belt to target belly fat", "ems-belts"),
        ("waist trainer 8 hours a day to shrink my waist", "waist-trainers"),
        ("wrap my thighs in cling film to melt the fat", "sauna-belts-and-wraps"),
        ("slimming cream on my thighs", "slimming-creams"),
        ("face yoga to lose my double chin", "double-chin"),
        ("cellulite on my butt gone with squats", "cellulite-burning"),
        ("burn the fat on my abs specifically, rest of me is fine", "choosing-where-fat-comes-off"),
        ("lose hip fat", "spot-reduction-exercise"),
    ],
)
def test_myth_slug_follows_the_product_or_phrasing(text: str, slug: str) -> None:
    found = match(text)
    assert found is not None
    assert found.myth_slug == slug


def test_product_rejected_or_used_for_muscle_is_not_flagged() -> None:
    assert match("basta fascia sauna, punto solo a dimagrire in modo sano") is None
    assert match("EMS training twice a week for strength") is None
    assert match("sauna suit to make weight for my fight") is None


def test_detect_language() -> None:
    vocabulary = default_vocabulary()
    assert detect_language("dimagrire le cosce", vocabulary) == "it"
    assert detect_language("quitarme las lonjas", vocabulary) == "es"
    assert detect_language("affiner mes cuisses", vocabulary) == "fr"
    assert detect_language("Reiterhosen loswerden", vocabulary) == "de"
    assert detect_language("lose hip fat", vocabulary) == "en"
    assert detect_language("zzz qqq", vocabulary) == "en"


def test_false_friend_in_another_language_is_ignored() -> None:
    # Italian "un po'" is not the German "Po".
    found = match("perdere un po' di pancia")
    assert found is not None
    assert found.area == "belly"
    assert match("perdere un po' di peso") is None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREAS)
def test_whole_body_rewrite_exists_and_is_not_itself_a_myth(area: str, language: str) -> None:
    rewrite = whole_body_rewrite(area, language)
    assert rewrite.strip()
    assert match(rewrite) is None, rewrite


def test_rewrite_falls_back_to_english() -> None:
    assert whole_body_rewrite("belly", "nl") == whole_body_rewrite("belly", "en")


def test_editing_the_vocabulary_changes_the_verdict() -> None:
    text = "get rid of my sloshbelly"
    assert match(text) is None
    edited = compile_vocabulary(
        [*DEFAULT_TERMS, VocabularyTerm("en", "fat_area", "sloshbelly", area="belly")]
    )
    found = spot_reduction_match(text, edited)
    assert found is not None
    assert found.area == "belly"
    assert "sloshbelly" in found.triggers
    # Removing a term works the same way.
    trimmed = compile_vocabulary(t for t in DEFAULT_TERMS if t.term != "muffin top")
    assert spot_reduction_match("get rid of my muffin top", trimmed) is None


def test_unknown_kinds_and_empty_text_are_harmless() -> None:
    vocabulary = compile_vocabulary([VocabularyTerm("en", "nonsense", "belly")])
    assert spot_reduction_match("lose belly fat", vocabulary) is None
    assert match("") is None
    assert match("   ") is None
    assert match("!!!") is None


def test_default_vocabulary_is_well_formed() -> None:
    keys = [(t.language, t.kind, t.term.casefold()) for t in DEFAULT_TERMS]
    assert len(keys) == len(set(keys))  # the admin table is unique per language/kind/term
    for term in DEFAULT_TERMS:
        assert term.language in LANGUAGES
        assert term.kind in KINDS
        assert term.area in ("", *AREAS)
        assert 0 < len(term.term) <= 120
    for language in LANGUAGES:
        kinds = {t.kind for t in DEFAULT_TERMS if t.language == language}
        assert {"area", "fat", "intent", "negation", "muscle", "whole_body"} <= kinds
    assert set(AREA_LABELS) == set(AREAS)
    assert all(len(kind) <= 20 for kind in KIND_LABELS)


def test_eval_helper_counts_and_reports() -> None:
    rows = parse_tsv(
        "text\tlabel\tarea\tnote\n"
        "lose belly fat\tmyth\tbelly\tlang=en\n"
        "slim thighs\tmyth\thips\tlang=en\n"
        "lose 5 kg\tok\twhole_body\tlang=en\n"
        "perdere la pancia\tmyth\tbelly\tlang=it\n"
    )
    hit = MythMatch("spot-reduction-exercise", "belly", "en", ("belly",))
    thighs = MythMatch("spot-reduction-exercise", "thighs", "en", ("thighs",))
    result = evaluate(rows, [hit, thighs, hit, None])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 1, 1)
    assert result.by_language["it"].recall == 0.0
    assert result.area_correct == 1 and result.area_total == 2
    report = format_report(result)
    assert "overall" in report and "wrong area" in report and "false negative" in report
    assert result.as_dict()["area_accuracy"] == 0.5


def _assert_meets_targets(path: Path) -> None:
    rows = parse_tsv(path.read_text(encoding="utf-8"))
    result = evaluate_with(rows, match)
    report = format_report(result)
    assert result.overall.precision >= 0.95, report
    assert result.overall.recall >= 0.90, report
    for language, counts in result.by_language.items():
        assert counts.recall >= 0.85, f"{language}\n{report}"
    assert result.area_accuracy >= 0.90, report


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not present")
def test_dev_set_meets_targets() -> None:
    _assert_meets_targets(DEV_SET)


def test_holdout_set_meets_targets() -> None:
    rows = parse_tsv(HOLDOUT_SET.read_text(encoding="utf-8"))
    assert len(rows) >= 150
    # Written before Portuguese was supported: the five first languages.
    assert {row.language for row in rows} == set(LANGUAGES) - {"pt"}
    _assert_meets_targets(HOLDOUT_SET)


def test_blind_set_meets_targets() -> None:
    rows = parse_tsv(BLIND_SET.read_text(encoding="utf-8"))
    assert len(rows) >= 250
    first_five = set(LANGUAGES) - {"pt"}  # written before Portuguese was supported
    per_language = {lang: sum(row.language == lang for row in rows) for lang in first_five}
    assert min(per_language.values()) >= 50, per_language
    assert {row.language for row in rows} == first_five
    _assert_meets_targets(BLIND_SET)


# --- real phrasing, running, Portuguese ----------------------------------------------------------

REAL_SET = Path(__file__).resolve().parent / "fixtures" / "goals_real.tsv"


def test_real_phrasing_set_meets_targets() -> None:
    """Question titles, forum posts and article lines in six languages, each with its source.
    First run before any tuning: P 0.841, R 0.869 (see README)."""
    rows = parse_tsv(REAL_SET.read_text(encoding="utf-8"))
    assert {row.language for row in rows} == set(LANGUAGES)
    result = evaluate_with(rows, match)
    report = format_report(result)
    assert result.overall.precision >= 0.95, report
    assert result.overall.recall >= 0.92, report
    for language, counts in result.by_language.items():
        assert counts.precision >= 0.85 and counts.recall >= 0.85, f"{language}\n{report}"
    assert result.area_accuracy >= 0.95, report


def test_real_phrasing_set_names_a_source_for_every_row() -> None:
    lines = REAL_SET.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["text", "label", "area", "note", "source"]
    for line in lines[1:]:
        source = line.split("\t")[4]
        assert source.startswith(("http://", "https://", "pages corpus")), line


# Kinds of mistake seen on unseen text (made-up examples of each kind, not rows of any set).
GENERALISED_MYTHS = [
    ("how can I drop weight from my upper arms?", "arms"),
    ("which diet shrinks my stomach fat", "belly"),
    ("getting rid of these few extra centimetres around my hips", "hips"),
    ("réduire mon tour de cuisse", "thighs"),
    ("perdre ma graisse ventrale", "belly"),
    ("the five best moves to melt lower-belly fat", "belly"),
    ("one exercise for slim, firm legs", "thighs"),
    ("a belt that heats the problem zone and attacks the fat there", "belly"),
    ("slim my thighs without losing anywhere else", "thighs"),
    ("I don't know how to get rid of my double chin", "chin_face"),
    ("quitar los rollitos de la espalda", "back"),
    ("éliminer les bourrelets du dos", "back"),
    ("Speckröllchen am Rücken weg", "back"),
    ("burn the fat off your midsection", "belly"),
]
GENERALISED_OK = [
    "Sit-ups for a flat stomach? A myth.",
    "Crunches gegen den Hüftspeck? Keine gute Idee.",
    "no cream can shrink belly fat",
    "never again a waist trainer",
    "Cinta modeladora não reduz medidas",
    "estas cremas reductoras no sirven para adelgazar",
    "waist trimmers are just a fad",
    "lose 5 kg and get a flatter stomach",
    "Para diminuir a barriga, tem que emagrecer.",
    "doing crunches to lose belly fat is useless",
]


@pytest.mark.parametrize(("text", "area"), GENERALISED_MYTHS)
def test_generalised_myths_are_flagged(text: str, area: str) -> None:
    found = match(text)
    assert found is not None, text
    assert found.area == area


@pytest.mark.parametrize("text", GENERALISED_OK)
def test_generalised_ok_statements_are_not_flagged(text: str) -> None:
    assert match(text) is None, match(text)


def test_whole_body_words_are_not_shown_as_triggers_of_an_added_area_goal() -> None:
    found = match("lose 5 kg and also get rid of my love handles")
    assert found is not None
    assert "kg" not in found.triggers


RUNNING_GOALS = [
    ("run to slim my thighs", "thighs", "en"),
    ("jogging to get rid of my saddlebags", "thighs", "en"),
    ("treadmill every day to lose my butt fat", "buttocks", "en"),
    ("correre per dimagrire le cosce", "thighs", "it"),
    ("correr para adelgazar las piernas", "thighs", "es"),
    ("courir pour affiner mes cuisses", "thighs", "fr"),
    ("Laufen gegen Reiterhosen", "thighs", "de"),
    ("correr para afinar as coxas", "thighs", "pt"),
]


@pytest.mark.parametrize(("text", "area", "language"), RUNNING_GOALS)
def test_running_with_an_area_gets_the_running_card(text: str, area: str, language: str) -> None:
    found = match(text)
    assert found is not None
    assert (found.myth_slug, found.area, found.language) == ("running-slims-thighs", area, language)
    assert found.relies_on_running


@pytest.mark.parametrize(
    "text",
    [
        "running to lose weight",
        "correre per dimagrire",
        "run 4x a week to drop 5 kg",
        "correr para perder peso",
        "courir pour perdre du poids",
        "Laufen zum Abnehmen",
        "correr para emagrecer",
    ],
)
def test_running_without_an_area_is_not_a_myth_but_relies_on_running(text: str) -> None:
    assert match(text) is None
    assert relies_on_running(text, default_vocabulary())


@pytest.mark.parametrize(
    "text",
    [
        "I want to run a faster 10k",
        "run a sub-50 10k by spring",
        "finish my first marathon",
        "correre la mezza maratona sotto le 2 ore",
        "correr 5 km sin parar",
    ],
)
def test_race_and_pace_goals_do_not_rely_on_running_for_fat_loss(text: str) -> None:
    """The roster's "running too light" flag is about the fat-loss dose, not race training."""
    assert match(text) is None
    assert not relies_on_running(text, default_vocabulary())


def test_relies_on_running_ignores_negated_and_absent_running() -> None:
    vocabulary = default_vocabulary()
    assert not relies_on_running("lose 5 kg with cycling, I don't run", vocabulary)
    assert not relies_on_running("lose belly fat with crunches", vocabulary)


def test_running_rewrite_keeps_running_in_every_language() -> None:
    words = {"en": "Run", "it": "Correre", "es": "Correr", "fr": "Courir", "de": "laufen"}
    words["pt"] = "Correr"
    for language, word in words.items():
        rewrite = whole_body_rewrite("thighs", language, running=True)
        assert word in rewrite, (language, rewrite)
        assert "30" in rewrite
    assert "Run" not in whole_body_rewrite("thighs", "en")


PORTUGUESE = [
    ("quero perder a barriga", "belly"),
    ("tirar os pneuzinhos", "love_handles"),
    ("acabar com o culote", "thighs"),
    ("quero eliminar a papada", "chin_face"),
    ("perder a gordurinha das costas", "back"),
    ("creme redutor na barriga", "belly"),
    ("só quero emagrecer a barriga, não o rosto", "belly"),
]


@pytest.mark.parametrize(("text", "area"), PORTUGUESE)
def test_portuguese_myths(text: str, area: str) -> None:
    found = match(text)
    assert found is not None and found.language == "pt", (text, found)
    assert found.area == area


@pytest.mark.parametrize(
    "text",
    ["perder 5 kg", "ganhar massa no bumbum", "dor no joelho ao correr", "correr 10 km em 50 min"],
)
def test_portuguese_ok_goals(text: str) -> None:
    assert match(text) is None
