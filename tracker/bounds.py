"""Validation bounds for logged values (DESIGN.md), shared by forms, imports and constraints.

Each limit is a `Bound`: its two ends in the unit we store, that unit, and an English label.
`Bound.shown` gives the ends as text in a person's own units (pounds, miles, feet), so every
message that names a limit takes its numbers from here. The sentences themselves are built on
the Django side (`tracker/bound_messages.py`) where they can be translated; this module stays
pure. The flat names below (`WEIGHT_MIN_KG`, ...) read the same values for model constraints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker import units


@dataclass(frozen=True)
class ShownBound:
    """A bound's ends as a person reads them: "55.1", "771.6", "lb"."""

    low: str
    high: str
    unit: str


@dataclass(frozen=True)
class Bound:
    name: str  # key for its messages: "weight", "run_distance"
    label: str  # English, for logs and the admin ("weight")
    low: float
    high: float
    unit: str  # stored unit: kg, %, g, km, s, s/km, bpm, m, cm, "" for a plain count
    places: int = 1  # decimals a message shows ("0.06 mi" needs two)
    high_places: int | None = None  # for the upper end, when it differs ("155.3 mi")

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def shown(
        self, *, weight_unit: str = "kg", distance_unit: str = "km", length_unit: str = "cm"
    ) -> ShownBound:
        """The ends in the person's units, rounded the way messages show them."""
        prefs = (weight_unit, distance_unit, length_unit)
        low, unit = units.to_display(self.low, self.unit, *prefs)
        high, _ = units.to_display(self.high, self.unit, *prefs)
        if self.unit == "s/km":
            return ShownBound(
                units.format_pace(self.low, distance_unit),
                units.format_pace(self.high, distance_unit),
                unit,
            )
        return ShownBound(
            units.plain_number(low, self.places),
            units.plain_number(high, self.places if self.high_places is None else self.high_places),
            unit,
        )

    def accepts_shown(self, typed: float, shown: ShownBound) -> bool:
        """A number typed in display units that equals a rounded end the message showed is
        accepted too (55.1 lb is 24.99 kg), so nobody is told to type what is then refused."""
        return float(shown.low.replace(",", "")) <= typed <= float(shown.high.replace(",", ""))


WEIGHT = Bound("weight", "weight", 25.0, 350.0, "kg")
BODY_FAT = Bound("body_fat", "body fat", 2.0, 75.0, "%")
PROTEIN_DAY = Bound("protein_day", "protein in a day", 0.0, 500.0, "g", places=0)
# What one quick-log tap may add, and a protein goal: at least a gram, at most a day's limit.
PROTEIN_ADD = Bound("protein_add", "protein added", 1.0, PROTEIN_DAY.high, "g", places=0)
RUN_DISTANCE = Bound("run_distance", "distance", 0.1, 250.0, "km", places=2, high_places=1)
RUN_DURATION = Bound("run_duration", "duration", 60, 36 * 3600, "s", places=0)
PACE = Bound("pace", "pace", 150, 1800, "s/km")  # 2:30 to 30:00 min/km
HEART_RATE = Bound("heart_rate", "average heart rate", 30, 230, "bpm", places=0)
# Elevation gain of one run: the highest road and trail ultras climb about 10 km.
ELEVATION_GAIN = Bound("elevation_gain", "elevation gain", 0.0, 10000.0, "m", places=0)
EFFORT = Bound("effort", "effort", 1, 10, "", places=0)
# Settings that place a run's heart rate (the running dose): a measured max HR under 100 bpm or
# a resting rate over 120 is a typo.
MAX_HEART_RATE = Bound("max_heart_rate", "max heart rate", 100, HEART_RATE.high, "bpm", places=0)
RESTING_HEART_RATE = Bound(
    "resting_heart_rate", "resting heart rate", HEART_RATE.low, 120, "bpm", places=0
)
HEIGHT = Bound("height", "height", 100.0, 250.0, "cm", places=0)

WEIGHT_MIN_KG, WEIGHT_MAX_KG = WEIGHT.low, WEIGHT.high
BODY_FAT_MIN, BODY_FAT_MAX = BODY_FAT.low, BODY_FAT.high
PROTEIN_MIN_G, PROTEIN_MAX_G = PROTEIN_DAY.low, PROTEIN_DAY.high
RUN_DISTANCE_MIN_KM, RUN_DISTANCE_MAX_KM = RUN_DISTANCE.low, RUN_DISTANCE.high
RUN_DURATION_MIN_S, RUN_DURATION_MAX_S = int(RUN_DURATION.low), int(RUN_DURATION.high)
PACE_MIN_S_PER_KM, PACE_MAX_S_PER_KM = PACE.low, PACE.high
HEART_RATE_MIN, HEART_RATE_MAX = int(HEART_RATE.low), int(HEART_RATE.high)
MAX_HEART_RATE_MIN, MAX_HEART_RATE_MAX = int(MAX_HEART_RATE.low), int(MAX_HEART_RATE.high)
RESTING_HEART_RATE_MIN = int(RESTING_HEART_RATE.low)
RESTING_HEART_RATE_MAX = int(RESTING_HEART_RATE.high)
HEIGHT_MIN_CM, HEIGHT_MAX_CM = HEIGHT.low, HEIGHT.high
ELEVATION_GAIN_MAX_M = ELEVATION_GAIN.high

# Birth year for the Tanaka max-HR estimate: the latest is MIN_AGE_YEARS before this year.
BIRTH_YEAR_MIN = 1920
MIN_AGE_YEARS = 13
EARLIEST_DAY = dt.date(1990, 1, 1)

# Circumferences in cm, per site: generous limits for adults of any build that still catch a
# typo (a waist of 8 cm, a neck of 180 cm). Keyed by Measurement.Site values.
CIRCUMFERENCE: dict[str, Bound] = {
    site: Bound(f"circumference_{site}", site.replace("_", " "), low, high, "cm")
    for site, (low, high) in {
        "waist": (40.0, 250.0),
        "hips": (50.0, 250.0),
        "chest": (50.0, 250.0),
        "thigh": (25.0, 130.0),
        "upper_arm": (12.0, 80.0),
        "calf": (15.0, 80.0),
        "neck": (20.0, 70.0),
    }.items()
}
CIRCUMFERENCE_CM = {site: (bound.low, bound.high) for site, bound in CIRCUMFERENCE.items()}
CIRCUMFERENCE_MIN_CM = min(bound.low for bound in CIRCUMFERENCE.values())
CIRCUMFERENCE_MAX_CM = max(bound.high for bound in CIRCUMFERENCE.values())
