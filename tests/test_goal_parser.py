"""The goal-text parser (tracker.goal_parser): a table of goals in the six languages the myth
detector reads, the dates it resolves (and how), and texts that hold numbers but no body-weight
or body-fat target."""

from __future__ import annotations

from datetime import date

import pytest

from tracker import goal_parser as p

TODAY = date(2026, 11, 30)  # a Monday; "summer" is next year's 21 June
W, BF = p.KIND_WEIGHT, p.KIND_BODY_FAT
EXPLICIT, MONTH_END, SEASON, HOLIDAY = (
    p.DATE_EXPLICIT,
    p.DATE_MONTH_END,
    p.DATE_SEASON,
    p.DATE_HOLIDAY,
)

# text, kind, amount, unit, change (0 reach / -1 lose / +1 gain), date, how the date was found
FOUND = [
    # English
    ("Get down to 64 kg by 1 Mar", W, 64, "kg", 0, date(2027, 3, 1), EXPLICIT),
    ("lose 5 kg by summer", W, 5, "kg", -1, date(2027, 6, 21), SEASON),
    ("drop 10 lbs by christmas", W, 10, "lb", -1, date(2026, 12, 25), HOLIDAY),
    ("20% body fat by June", BF, 20, "%", 0, date(2027, 6, 30), MONTH_END),
    ("weigh 150 lb by March 15th", W, 150, "lb", 0, date(2027, 3, 15), EXPLICIT),
    ("Lose 4.5kg in 12 weeks", W, 4.5, "kg", -1, date(2027, 2, 22), p.DATE_IN_WEEKS),
    ("gain 3 kg this winter", W, 3, "kg", 1, date(2026, 12, 21), SEASON),
    ("get to 15 % body fat by the end of the year", BF, 15, "%", 0, date(2026, 12, 31), HOLIDAY),
    ("lose 5% body fat", BF, 5, "%", -1, None, ""),
    ("72 kg by May", W, 72, "kg", 0, date(2027, 5, 31), MONTH_END),
    # Italian
    ("perdere 5 chili entro l'estate", W, 5, "kg", -1, date(2027, 6, 21), SEASON),
    ("scendere a 68,5 kg entro Natale", W, 68.5, "kg", 0, date(2026, 12, 25), HOLIDAY),
    (
        "arrivare al 18% di grasso corporeo entro giugno",
        BF,
        18,
        "%",
        0,
        date(2027, 6, 30),
        MONTH_END,
    ),
    # Spanish
    ("bajar a 70 kg", W, 70, "kg", 0, None, ""),
    ("perder 6 kilos antes del verano", W, 6, "kg", -1, date(2027, 6, 21), SEASON),
    (
        "llegar al 22 % de grasa corporal para el 1 de abril",
        BF,
        22,
        "%",
        0,
        date(2027, 4, 1),
        EXPLICIT,
    ),
    # French
    ("perdre 5 kilos d'ici l'été", W, 5, "kg", -1, date(2027, 6, 21), SEASON),
    ("descendre à 70 kg avant Noël", W, 70, "kg", 0, date(2026, 12, 25), HOLIDAY),
    ("20 % de masse grasse en mars", BF, 20, "%", 0, date(2027, 3, 31), MONTH_END),
    # German
    ("Bis Weihnachten 5 kg abnehmen", W, 5, "kg", -1, date(2026, 12, 25), HOLIDAY),
    ("auf 75 Kilo bis zum Sommer", W, 75, "kg", 0, date(2027, 6, 21), SEASON),
    ("Körperfett auf 15 % bis 1. März", BF, 15, "%", 0, date(2027, 3, 1), EXPLICIT),
    # Portuguese
    ("perder 5 quilos até o verão", W, 5, "kg", -1, date(2027, 6, 21), SEASON),
    ("chegar a 65 kg em 3 meses", W, 65, "kg", 0, date(2027, 2, 28), p.DATE_IN_MONTHS),
    ("18% de gordura corporal até dezembro", BF, 18, "%", 0, date(2026, 12, 31), MONTH_END),
]


@pytest.mark.parametrize(("text", "kind", "amount", "unit", "change", "day", "rule"), FOUND)
def test_target_found(text, kind, amount, unit, change, day, rule):
    target = p.parse_target(text, today=TODAY)
    assert target is not None, text
    assert (target.kind, target.amount, target.unit, target.change) == (kind, amount, unit, change)
    assert (target.day, target.date_rule) == (day, rule)


NOT_TARGETS = [
    "run 5 km",
    "eat 150 g protein",
    "run a sub-25 5k by summer",
    "bench 100 kg by June",
    "squat 140 kg",
    "Kreuzheben 120 kg",
    "stacco da terra 100 kg",
    "lose my belly fat with crunches",
    "reduce belly fat by 10%",
    "walk 10000 steps a day",
    "sleep 8 hours",
    "drink 2 litres of water",
    "lose 5 percent",  # of what? body weight or body fat: too unclear to offer
    "I may lose weight",
    "correre 10 km entro l'estate",
    "comer 150 g de proteína",
    "weigh 5 kg",  # not a body weight
    "lose 300 kg",  # not a plausible change
    "nadar 2 km",
]


@pytest.mark.parametrize("text", NOT_TARGETS)
def test_no_target(text):
    assert p.parse_target(text, today=TODAY) is None


def test_southern_hemisphere_summer_is_december():
    target = p.parse_target("lose 5 kg by summer", today=TODAY, hemisphere=p.SOUTH)
    assert target is not None
    assert target.day == date(2026, 12, 21)
    assert target.date_key == "summer"


def test_a_date_already_past_this_year_means_next_year():
    target = p.parse_target("64 kg by 1 Nov", today=TODAY)
    assert target is not None and target.day == date(2027, 11, 1)
    # Today itself still counts as this year.
    target = p.parse_target("64 kg by 30 Nov", today=TODAY)
    assert target is not None and target.day == TODAY


def test_may_alone_needs_a_by_word():
    assert p.parse_target("lose 5 kg by may", today=TODAY).day == date(2027, 5, 31)
    assert p.parse_target("lose 5 kg, may be hard", today=TODAY).day is None


def test_pounds_to_kg():
    target = p.parse_target("drop 10 lbs", today=TODAY)
    assert target is not None
    assert target.amount_kg == pytest.approx(4.5359237)
