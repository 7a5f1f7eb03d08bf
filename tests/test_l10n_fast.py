"""The fast number formatting (tracker.l10n) writes exactly what Django's number_format writes.

Pages print thousands of numbers, so tracker.l10n formats them with an f-string and the
language's separator instead of Django's general formatter; these tests hold the two to the
same text, in every language and at the edges (negative zero, halves, large and tiny values).
"""

from __future__ import annotations

import random

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.formats import number_format

from tracker import l10n
from tracker.templatetags.wholebody import distance, signed, weight

LANGUAGES = ("en", "it", "es", "fr", "de", "pt")
EDGES = (
    0,
    1,
    -1,
    0.0,
    -0.0,
    0.05,
    -0.04,
    0.25,
    2.675,
    1.005,
    72.45,
    -0.049,
    999.95,
    1e-9,
    123456.789,
)


def _values() -> list[float]:
    rng = random.Random(11)
    return [
        *EDGES,
        *(rng.uniform(-500, 500) for _ in range(400)),
        *(rng.random() for _ in range(100)),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_decimal_matches_number_format(language):
    with translation.override(language):
        for value in _values():
            for digits in (0, 1, 2):
                expected = number_format(f"{value:.{digits}f}", digits)
                assert l10n.decimal(value, digits) == expected, (value, digits)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rounded_matches_number_format(language):
    with translation.override(language):
        for value in _values():
            for digits in (0, 1, 2):
                expected = number_format(round(value, digits), decimal_pos=digits)
                assert l10n.rounded(value, digits) == str(expected), (value, digits)


def test_separator_follows_the_language():
    with translation.override("it"):
        assert l10n.separator() == ","
        assert weight(72.44) == "72,4 kg"
        assert distance(5.0) == "5,00 km"
        assert signed(-0.62, 2) == "−0,62"
    with translation.override("en"):
        assert l10n.separator() == "."
        assert distance(5.0) == "5.00 km"


def test_grouping_on_falls_back_to_django():
    with override_settings(USE_THOUSAND_SEPARATOR=True), translation.override("en"):
        assert l10n.decimal(12345.25, 1) == number_format("12345.2", 1)
        assert l10n.rounded(12345.25, 1) == number_format(round(12345.25, 1), decimal_pos=1)
        assert "," in l10n.decimal(12345.25, 1)


def test_not_a_plain_float_falls_back_to_django():
    with translation.override("de"):
        assert l10n.decimal(float("inf"), 1) == number_format("inf", 1)
        assert l10n.rounded(1e17, 1) == number_format(round(1e17, 1), decimal_pos=1)
