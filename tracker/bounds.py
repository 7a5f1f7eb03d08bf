"""Validation bounds for logged values (DESIGN.md), shared by forms, imports and constraints."""

import datetime as dt

WEIGHT_MIN_KG = 25.0
WEIGHT_MAX_KG = 350.0
BODY_FAT_MIN = 2.0
BODY_FAT_MAX = 75.0
PROTEIN_MIN_G = 0.0
PROTEIN_MAX_G = 500.0
RUN_DISTANCE_MIN_KM = 0.1
RUN_DISTANCE_MAX_KM = 250.0
RUN_DURATION_MIN_S = 60
RUN_DURATION_MAX_S = 36 * 3600
PACE_MIN_S_PER_KM = 150  # 2:30 min/km
PACE_MAX_S_PER_KM = 1800  # 30:00 min/km
HEART_RATE_MIN = 30
HEART_RATE_MAX = 230
# Settings that place a run's heart rate (the running dose): birth year for the Tanaka estimate,
# a measured max HR, a resting HR. A max under 100 bpm or a resting rate over 120 is a typo.
BIRTH_YEAR_MIN = 1920
MIN_AGE_YEARS = 13  # the latest birth year is this many years before the current year
MAX_HEART_RATE_MIN = 100
MAX_HEART_RATE_MAX = HEART_RATE_MAX
RESTING_HEART_RATE_MIN = HEART_RATE_MIN
RESTING_HEART_RATE_MAX = 120
HEIGHT_MIN_CM = 100.0
HEIGHT_MAX_CM = 250.0
EARLIEST_DAY = dt.date(1990, 1, 1)

# Circumferences in cm, per site: generous limits for adults of any build that still catch a
# typo (a waist of 8 cm, a neck of 180 cm). Keyed by Measurement.Site values.
CIRCUMFERENCE_CM = {
    "waist": (40.0, 250.0),
    "hips": (50.0, 250.0),
    "chest": (50.0, 250.0),
    "thigh": (25.0, 130.0),
    "upper_arm": (12.0, 80.0),
    "calf": (15.0, 80.0),
    "neck": (20.0, 70.0),
}
CIRCUMFERENCE_MIN_CM = min(low for low, _ in CIRCUMFERENCE_CM.values())
CIRCUMFERENCE_MAX_CM = max(high for _, high in CIRCUMFERENCE_CM.values())

# Elevation gain of one run (metres); the highest road and trail ultras climb about 10 km.
ELEVATION_GAIN_MAX_M = 10000.0
