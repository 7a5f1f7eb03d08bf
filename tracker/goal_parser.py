"""Read a number target out of a goal's own words: "get down to 64 kg by 1 Mar", "perdere 5 chili
entro l'estate", "20% body fat by June".

Pure (no Django): text and today's date in, a :class:`ParsedTarget` or None out. The result is
only ever an offer: the Goals page shows it and the person confirms it in the target form, so
the parser prefers saying nothing to guessing. It knows the languages of the myth detector
(English, Italian, Spanish, French, German, Portuguese), compares accent- and case-folded text,
and leaves alone numbers that are not body-weight or body-fat targets ("run 5 km", "eat 150 g
protein", "bench 100 kg").

Dates: an explicit day and month ("1 Mar", "March 1st", "1 marzo", "1. März"), a month alone
after a "by" word (the end of that month), a season (its first day: summer is 21 June in the
northern hemisphere, 21 December in the southern), Christmas, New Year, the end of the year, or
"in N weeks / months". A date already past this year means next year. The caller says which
rule was used, so the person sees the date that was assumed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.myth_detector import fold

KIND_WEIGHT = "weight"
KIND_BODY_FAT = "body_fat"

# How the date was found (the page explains the assumed ones).
DATE_EXPLICIT = "explicit"  # day and month written out
DATE_MONTH_END = "month_end"  # a month alone: its last day
DATE_SEASON = "season"  # the first day of the season (date_key: summer, winter, ...)
DATE_HOLIDAY = "holiday"  # date_key: christmas, new_year, year_end
DATE_IN_WEEKS = "in_weeks"
DATE_IN_MONTHS = "in_months"

NORTH, SOUTH = "north", "south"

WEIGHT_MIN_KG, WEIGHT_MAX_KG = 25.0, 350.0  # an absolute target outside this is not body weight
CHANGE_MIN_KG, CHANGE_MAX_KG = 0.5, 100.0
BODY_FAT_MIN, BODY_FAT_MAX = 3.0, 60.0
KG_PER_LB = 0.45359237


@dataclass(frozen=True)
class ParsedTarget:
    """A target found in a goal's text, in the units it was written in."""

    kind: str  # KIND_WEIGHT or KIND_BODY_FAT
    amount: float  # as written: 64, 5, 20
    unit: str  # "kg", "lb" or "%"
    change: int  # 0: reach `amount`; -1: lose `amount`; +1: gain `amount`
    day: date | None = None
    date_rule: str = ""
    date_key: str = ""  # which season or holiday; the month number for DATE_MONTH_END

    @property
    def amount_kg(self) -> float:
        """The amount in kg (weight targets)."""
        return self.amount * KG_PER_LB if self.unit == "lb" else self.amount


# --- Vocabulary (folded: lower case, no accents) ------------------------------------------------

_NUMBER = r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?)"
_WEIGHT_UNIT = (
    r"(?P<unit>kgs?|kilos?|kilogram(?:me)?s?|kilogramm[oi]?|chil[oi]|kil[oi]|quilos?|"
    r"lbs?|pounds?|libras?|pfund)"
)
_WEIGHT = re.compile(rf"(?<![\d.,]){_NUMBER}\s*{_WEIGHT_UNIT}\b")
_POUNDS = {"lb", "lbs", "pound", "pounds", "libra", "libras", "pfund"}

_BODY_FAT_WORDS = (
    r"(?:body\s*fat|bodyfat|bf|fat|grasso(?:\s+corporeo)?|massa\s+grassa|grasa(?:\s+corporal)?|"
    r"masse\s+grasse|graisse(?:\s+corporelle)?|korperfett(?:anteil)?|kfa|fett(?:anteil)?|"
    r"gordura(?:\s+corporal)?)"
)
_BODY_FAT_AFTER = re.compile(
    rf"(?<![\d.,]){_NUMBER}\s*(?:%|percent|per\s*cent|per\s*cento|por\s*ciento|pour\s*cent|"
    rf"prozent|por\s*cento)\s*(?:(?:of|di|de|d'|du|an)\s+)?{_BODY_FAT_WORDS}\b"
)
_BODY_FAT_BEFORE = re.compile(
    r"(?:body\s*fat|bodyfat|bf|grasso\s+corporeo|massa\s+grassa|grasa\s+corporal|masse\s+grasse|"
    r"korperfett(?:anteil)?|kfa|gordura\s+corporal)\s+"
    r"(?:(?:to|at|of|under|below|al|a|del|de|du|a|auf|unter|sotto|bajo|abaixo|para|ao|em|zu)\s+)?"
    rf"(?:(?:il|el|le|la|o|the)\s+)?{_NUMBER}\s*%"
)

# Words right before the number that make it the end point ("down to 64 kg", "bajar a 70 kg").
_ABSOLUTE_CUES = {
    "to", "at", "under", "below", "weigh", "weighing", "reach", "hit", "be",
    "a", "al", "ai", "sotto", "pesare", "peso", "arrivare", "scendere", "tornare",
    "hasta", "los", "pesar", "llegar", "bajo",
    "jusqu'a", "peser", "atteindre", "descendre", "sous",
    "auf", "unter", "wiegen", "erreichen",
    "ate", "abaixo", "chegar", "para", "os",
}  # fmt: skip
_LOSS_WORDS = {
    "lose", "loose", "losing", "drop", "dropping", "shed", "shedding", "cut", "minus", "off",
    "perdere", "perdo", "calare", "calo", "dimagrire", "togliere", "giu",
    "perder", "bajar", "adelgazar", "quitar", "quitarme", "menos", "rebajar",
    "perdre", "maigrir", "enlever", "moins",
    "abnehmen", "verlieren", "runter", "weniger", "abspecken",
    "emagrecer", "eliminar", "secar",
}  # fmt: skip
_GAIN_WORDS = {
    "gain", "gaining", "put", "add", "bulk", "plus",
    "prendere", "aumentare", "mettere", "guadagnare", "ingrassare",
    "ganar", "subir", "aumentar", "engordar", "mas",
    "prendre", "gagner", "grossir",
    "zunehmen", "zulegen", "mehr",
    "ganhar",
}  # fmt: skip
# Words after the number that say which way ("5 kg abnehmen", "5 kg in meno", "10 lb lighter").
_LOSS_AFTER = {
    "abnehmen", "verlieren", "abspecken", "weniger", "runter", "less", "lighter", "meno",
    "menos", "moins",
}  # fmt: skip
_GAIN_AFTER = {"zunehmen", "zulegen", "mehr", "more", "heavier", "piu", "mas", "plus"}
# A weight lifted or carried, not a body weight.
_STRENGTH_WORDS = re.compile(
    r"\b(?:bench|squat|deadlift|press|lift|lifting|clean|snatch|row|carry|curl|dumbbells?|"
    r"kettlebells?|barbell|backpack|pull-?ups?|dips?|panca|stacco|sollevare|manubri|zaino|"
    r"sentadilla|levantar|peso\s+muerto|mancuernas|mochila|developpe|souleve|soulever|"
    r"halteres?|kreuzheben|bankdrucken|kniebeuge|heben|hanteln?|rucksack|supino|"
    r"agachamento|levantamento|carregar)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:!?]|\.\s|,\s|\band\b|\bthen\b|\be\b|\by\b|\bet\b|\bund\b")

_MONTHS: dict[str, int] = {}
for _month_number, _names in enumerate(
    (
        "january gennaio enero janvier januar janeiro jan gen ene janv",
        "february febbraio febrero fevrier februar fevereiro feb febr fev",
        "march marzo mars marz marco mar",
        "april aprile abril avril apr abr avr",
        "may maggio mayo mai maio mag",
        "june giugno junio juin juni junho jun giu",
        "july luglio julio juillet juli julho jul lug juil",
        "august agosto aout aug ago",
        "september settembre septiembre septembre setembro sep sept",
        "october ottobre octubre octobre oktober outubro oct ott okt",
        "november novembre noviembre novembro nov",
        "december dicembre diciembre decembre dezember dezembro dec dic dez",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _month_number
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Abbreviations count only beside a day number ("1 Mar"); alone they are too often other words.
_ABBREVIATIONS = {
    "jan", "gen", "ene", "janv", "feb", "febr", "fev", "mar", "apr", "abr", "avr", "mag", "jun",
    "giu", "jul", "lug", "juil", "aug", "ago", "sep", "sept", "oct", "ott", "okt", "nov", "dec",
    "dic", "dez",
}  # fmt: skip
# "may" and "march" are English words too: alone, they need a "by" word right before.
_AMBIGUOUS_MONTHS = {"may", "march"}
# Full names only for a month alone ("may" and "mar" are words too, so they need a "by" first).
_MONTH_ALONE_CUES = (
    r"(?:by|in|until|till|before|for|entro|a|per|fine|para|en|antes\s+de|hasta|avant|d'ici|"
    r"fin|bis|im|zum|ende|ate|em|fim\s+de|end\s+of|(?:the\s+)?end\s+of)"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|o|º|\.)?\s*(?:(?:of|de|di)\s+)?"
    rf"(?P<month>{_MONTH_NAMES})\b\.?"
)
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b")
_MONTH_ALONE = re.compile(rf"\b{_MONTH_ALONE_CUES}\s+(?:(?:de|di|du)\s+)?(?P<month>[a-z]+)\b")

_SEASONS = {
    "summer": "summer estate verano ete sommer verao",
    "spring": "spring primavera printemps fruhling fruhjahr",
    "autumn": "autumn fall autunno otono automne herbst outono",
    "winter": "winter inverno invierno hiver",
}
_SEASON_WORDS = {word: season for season, words in _SEASONS.items() for word in words.split()}
# First day of each season by hemisphere (month, day): astronomical, rounded to the usual day.
_SEASON_START = {
    NORTH: {"spring": (3, 20), "summer": (6, 21), "autumn": (9, 22), "winter": (12, 21)},
    SOUTH: {"spring": (9, 22), "summer": (12, 21), "autumn": (3, 20), "winter": (6, 21)},
}
_SEASON = re.compile(
    r"\b(?:by|for|until|before|in|entro|per|para|en|antes\s+del?|hasta|avant|d'ici|pour|bis|"
    r"zum|im|ate|no|na|pro|this|questa|quest'|este|esta|cet|cette|diesen|diesem|neste|nesta)"
    r"(?:\s+|(?<='))(?:(?:the|l'|la|el|le|les|lo|il|o|a|den|das|dem|der)(?:\s+|(?<=')))?"
    r"(?:(?:next|prossima|prossimo|proximo|proxima|prochain|prochaine|nachsten?)\s+)?"
    rf"(?P<season>{'|'.join(_SEASON_WORDS)})\b"
)
_HOLIDAYS = (
    ("christmas", (12, 25), r"christmas|xmas|natale|navidad|noel|weihnachten|natal"),
    ("new_year", (1, 1), r"new\s+year|capodanno|ano\s+nuevo|nouvel\s+an|neujahr|ano\s+novo"),
    (
        "year_end",
        (12, 31),
        r"end\s+of\s+(?:the\s+)?year|year\s+end|fine\s+(?:dell')?anno|fin\s+de\s+ano|"
        r"fin\s+(?:de\s+l')?annee|jahresende|ende\s+des\s+jahres|silvester|fim\s+do\s+ano",
    ),
)
_IN_PERIOD = re.compile(
    r"\b(?:in|within|tra|fra|entro|en|dans|d'ici|em|dentro\s+de)\s+(?P<n>\d{1,2})\s*"
    r"(?:(?P<weeks>weeks?|settimane?|semanas?|semaines?|wochen?)|"
    r"(?P<months>months?|mesi|mese|meses?|mois|monaten?))\b"
)


# --- Parsing -------------------------------------------------------------------------------------


def parse_target(text: str, *, today: date, hemisphere: str = NORTH) -> ParsedTarget | None:
    """The body-weight or body-fat target in `text` with its date, or None when there is none
    (or it is unclear)."""
    folded = fold(text).replace("’", "'")
    target = _body_fat_target(folded) or _weight_target(folded)
    if target is None:
        return None
    day, rule, key = _target_date(folded, today, hemisphere)
    return ParsedTarget(
        kind=target.kind,
        amount=target.amount,
        unit=target.unit,
        change=target.change,
        day=day,
        date_rule=rule,
        date_key=key,
    )


def _number(raw: str) -> float:
    return float(raw.replace(",", "."))


def _words_before(text: str, end: int, count: int = 4) -> list[str]:
    """Up to `count` words before `end`, nearest first, stopping at a clause break."""
    before = text[:end]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = re.findall(r"[a-z']+", before)
    return list(reversed(words[-count:]))


def _words_after(text: str, start: int, count: int = 2) -> list[str]:
    return re.findall(r"[a-z']+", text[start:])[:count]


def _direction(before: list[str], after: list[str]) -> int | None:
    """0 = reach the number, -1 = lose it, +1 = gain it; None = no cue at all."""
    if before and (before[0] in _ABSOLUTE_CUES or "jusqu'a" in before[:2]):
        return 0
    articles = {"the", "i", "il", "el", "le", "la", "os", "los", "die"}
    if len(before) > 1 and before[0] in articles and before[1] in _ABSOLUTE_CUES:
        return 0
    if any(word in _LOSS_WORDS for word in before):
        return -1
    if any(word in _GAIN_WORDS for word in before):
        return 1
    if any(word in _LOSS_AFTER for word in after):
        return -1
    if any(word in _GAIN_AFTER for word in after):
        return 1
    return None


def _weight_target(text: str) -> ParsedTarget | None:
    if _STRENGTH_WORDS.search(text):
        return None
    for match in _WEIGHT.finditer(text):
        amount = _number(match["num"])
        unit = "lb" if match["unit"] in _POUNDS else "kg"
        kg = amount * KG_PER_LB if unit == "lb" else amount
        change = _direction(_words_before(text, match.start()), _words_after(text, match.end()))
        if change is None:
            # A bare "64 kg by March" reads as the weight to reach, if it can be a body weight.
            change = 0
        if change == 0 and WEIGHT_MIN_KG <= kg <= WEIGHT_MAX_KG:
            return ParsedTarget(KIND_WEIGHT, amount, unit, 0)
        if change != 0 and CHANGE_MIN_KG <= kg <= CHANGE_MAX_KG:
            return ParsedTarget(KIND_WEIGHT, amount, unit, change)
    return None


def _body_fat_target(text: str) -> ParsedTarget | None:
    for pattern in (_BODY_FAT_AFTER, _BODY_FAT_BEFORE):
        match = pattern.search(text)
        if match is None:
            continue
        amount = _number(match["num"])
        before = _words_before(text, match.start())
        change = 0
        if any(word in _LOSS_WORDS for word in before) and not (
            before and before[0] in _ABSOLUTE_CUES
        ):
            change = -1
        elif any(word in _GAIN_WORDS for word in before) and not (
            before and before[0] in _ABSOLUTE_CUES
        ):
            change = 1
        if change == 0 and BODY_FAT_MIN <= amount <= BODY_FAT_MAX:
            return ParsedTarget(KIND_BODY_FAT, amount, "%", 0)
        if change != 0 and 0.5 <= amount <= 30:
            return ParsedTarget(KIND_BODY_FAT, amount, "%", change)
    return None


# --- Dates ---------------------------------------------------------------------------------------


def _next(today: date, month: int, day: int) -> date | None:
    """This year's `day` of `month`, or next year's when that is already past."""
    for year in (today.year, today.year + 1):
        last = calendar.monthrange(year, month)[1]
        if day > last:
            return None
        candidate = date(year, month, day)
        if candidate >= today:
            return candidate
    return None


def _add_months(today: date, months: int) -> date:
    month_index = today.month - 1 + months
    year, month = today.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _target_date(text: str, today: date, hemisphere: str) -> tuple[date | None, str, str]:
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            # "5 kg" is not a date: skip numbers followed by a unit (handled by the month regex).
            day = _next(today, _MONTHS[match["month"]], int(match["day"]))
            if day is not None:
                return day, DATE_EXPLICIT, ""
    period = _IN_PERIOD.search(text)
    if period is not None:
        n = int(period["n"])
        if period["weeks"] and 1 <= n <= 104:
            return today + timedelta(weeks=n), DATE_IN_WEEKS, str(n)
        if period["months"] and 1 <= n <= 24:
            return _add_months(today, n), DATE_IN_MONTHS, str(n)
    season = _SEASON.search(text)
    if season is not None:
        key = _SEASON_WORDS[season["season"]]
        month, day_of_month = _SEASON_START[hemisphere][key]
        return _next(today, month, day_of_month), DATE_SEASON, key
    for key, (month, day_of_month), words in _HOLIDAYS:
        if re.search(rf"\b(?:{words})\b", text):
            return _next(today, month, day_of_month), DATE_HOLIDAY, key
    for match in _MONTH_ALONE.finditer(text):
        name = match["month"]
        alone = _MONTHS.get(name)
        if alone is None or name in _ABBREVIATIONS:
            continue
        if name in _AMBIGUOUS_MONTHS and not match.group(0).startswith(
            ("by", "until", "till", "before", "in", "end")
        ):
            continue
        day = _next(today, alone, calendar.monthrange(today.year, alone)[1])
        if day is not None:
            return day, DATE_MONTH_END, str(alone)
    return None, "", ""
