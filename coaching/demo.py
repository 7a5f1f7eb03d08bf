"""Realistic, noisy demo data: a coach, seven clients in distinct situations, and their history.

Weights follow a smooth underlying path plus day-to-day water swings (and the odd salty-dinner
spike), with missed days and a holiday gap; body fat comes from a noisy consumer scale about
weekly; runs three or four times a week; protein most days. Random but seeded, so every run of the
command produces the same data.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
from dataclasses import dataclass, field

from django.db import transaction
from PIL import Image, ImageDraw

from coaching.models import CoachingLink, CoachNote
from tracker import myths
from tracker.models import (
    BodyFatEntry,
    Goal,
    Measurement,
    ProgressPhoto,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)
from tracker.photo_processing import process_photo
from tracker.photos import photo_delete, photos_save

DEMO_PASSWORD = "wholebody-demo"
DEMO_DOMAIN = "demo.wholebody.app"
HISTORY_DAYS = 200


@dataclass(frozen=True)
class Persona:
    key: str
    name: str
    start_kg: float
    kg_per_week: float  # underlying change, negative = losing
    body_fat_pct: float
    protein_g_per_kg: float
    runs_per_week: float
    run_km: float
    pace_s_per_km: float
    time_zone: str
    goals: tuple[str, ...] = ()
    stop_logging_days: int = 0  # no weigh-ins in the last N days
    run_spike: bool = False  # a big last week after steady running
    coached: bool = True
    weight_unit: str = "kg"
    distance_unit: str = "km"
    notes: tuple[str, ...] = field(default=())
    recent_kg_per_week: float | None = None  # a different pace over the last six weeks
    # A fixed weekly running schedule (0 = Monday) instead of random days, so the running dose
    # lands where the persona needs it; and how the runs are logged: "" (effort and heart rate),
    # "short" (15-25 minutes) or "no_effort" (neither effort nor heart rate).
    run_days: tuple[int, ...] = ()
    run_style: str = ""
    birth_year: int | None = None  # places heart rates (Tanaka estimate) for the dose


RECENT_DAYS = 42


def underlying_kg(p: Persona, day_index: int, total_days: int) -> float:
    """The persona's 'true' weight on a day, before water noise."""
    start_recent = total_days - RECENT_DAYS
    early_days = min(day_index, start_recent) if p.recent_kg_per_week is not None else day_index
    weeks = early_days / 7
    # Loss slows a little over time, as it does in real diets.
    kg = p.start_kg + p.kg_per_week * weeks * (1 - 0.15 * weeks / 30)
    if p.recent_kg_per_week is not None and day_index > start_recent:
        kg += p.recent_kg_per_week * (day_index - start_recent) / 7
    return kg


PERSONAS: tuple[Persona, ...] = (
    Persona(
        "athlete",
        "Maya Lopez",
        78.0,
        -0.45,
        31.0,
        1.7,
        3.0,
        6.5,
        390,
        "Europe/London",
        goals=("Lose my belly fat with crunches", "Run a sub-30 5k by spring"),
        notes=("Keen on crunches for her stomach — talk about whole-body fat loss.",),
    ),
    Persona(
        "ontrack",
        "Ben Carter",
        92.0,
        -0.6,
        26.0,
        1.9,
        3.0,
        8.0,
        330,
        "America/New_York",
        goals=("Get to 75 kg by March",),
        weight_unit="lb",
        distance_unit="mi",
        run_days=(0, 2, 4, 6),  # 4 runs a week of 40+ minutes: the dose, with a deficit
        birth_year=1988,
    ),
    Persona(
        "fast",
        "Chloé Martin",
        70.0,
        -0.25,
        29.0,
        1.6,
        2.0,
        5.0,
        400,
        "Europe/Paris",
        goals=("Drop 8 kg before the wedding",),
        recent_kg_per_week=-0.95,
    ),
    Persona(
        "quiet",
        "Dev Patel",
        85.0,
        -0.3,
        24.0,
        1.8,
        2.5,
        7.0,
        360,
        "Asia/Kolkata",
        goals=("Stay consistent with logging",),
        stop_logging_days=11,
        run_days=(0, 2, 4, 6),
        run_style="no_effort",  # runs logged from memory: intensity unknown, one tap to fix
    ),
    Persona(
        "lowprotein",
        "Elena Rossi",
        64.0,
        -0.25,
        30.0,
        0.9,
        2.0,
        6.0,
        420,
        "Europe/Rome",
        goals=("Tone up and lose 3 kg", "Jog to slim my thighs"),
        run_days=(1, 3, 5),
        run_style="short",  # 3 runs a week, each under 30 minutes: too short to count
    ),
    Persona(
        "maintenance",
        "Hana Kim",
        66.0,
        0.0,
        28.0,
        1.7,
        4.0,
        6.5,
        390,
        "Asia/Tokyo",
        goals=("Run to slim my thighs",),
        run_days=(0, 2, 4, 6),  # enough running, but eating at maintenance
        notes=("Runs plenty; her weight trend is flat, so the thighs won't change yet.",),
    ),
    Persona(
        "spike",
        "Femi Adeyemi",
        74.0,
        -0.2,
        17.0,
        1.8,
        3.5,
        9.0,
        300,
        "Africa/Lagos",
        goals=("Marathon under 3:30",),
        run_spike=True,
    ),
    Persona(
        "solo",
        "Greta Schmidt",
        68.0,
        0.15,
        22.0,
        2.0,
        4.0,
        10.0,
        310,
        "Europe/Berlin",
        goals=("Build bigger glutes",),
        coached=False,
    ),
)


def demo_email(key: str) -> str:
    return f"{key}@{DEMO_DOMAIN}"


def _weights(p: Persona, rng: random.Random, days: list[dt.date], user: User) -> list[WeightEntry]:
    rows = []
    holiday = set(days[len(days) // 2 : len(days) // 2 + 6])  # a week away, no scale
    for i, day in enumerate(days):
        if day in holiday or rng.random() < 0.12:
            continue
        if p.stop_logging_days and (days[-1] - day).days < p.stop_logging_days:
            continue
        base = underlying_kg(p, i, len(days))
        water = rng.gauss(0, 0.45) + 0.35 * math.sin(i / 3.5)
        if rng.random() < 0.05:
            water += rng.uniform(0.8, 1.6)  # salty dinner, long flight
        rows.append(WeightEntry(user=user, day=day, weight_kg=round(base + water, 1)))
        if rng.random() < 0.08:  # an evening re-weigh now and then
            rows.append(WeightEntry(user=user, day=day, weight_kg=round(base + water + 0.7, 1)))
    return rows


def _body_fat(
    p: Persona, rng: random.Random, days: list[dt.date], user: User
) -> list[BodyFatEntry]:
    rows = []
    for i, day in enumerate(days):
        if day.weekday() != 6 or rng.random() < 0.15:
            continue
        # About three quarters of a moderate loss is fat.
        weight = underlying_kg(p, i, len(days))
        fat_kg = p.start_kg * p.body_fat_pct / 100 + 0.75 * (weight - p.start_kg)
        reading = fat_kg / weight * 100 + rng.gauss(0, 1.4)  # BIA noise
        reading = min(60.0, max(5.0, reading))
        rows.append(
            BodyFatEntry(
                user=user, day=day, percent=round(reading, 1), method=BodyFatEntry.Method.SCALE
            )
        )
    return rows


# Starting circumference (cm) per site at about 25 % body fat, and how many cm each site loses
# per kg of body weight lost (the waist most, the calves least: the body's own order).
SITES_CM = {
    "waist": (88.0, 0.9),
    "hips": (102.0, 0.6),
    "chest": (98.0, 0.5),
    "thigh": (58.0, 0.35),
    "upper_arm": (31.0, 0.2),
    "calf": (37.0, 0.1),
    "neck": (36.0, 0.15),
}
# The belly goal was set ten weeks ago, so its follow-up card has something to say.
GOAL_AGE_DAYS = 70
PHOTO_DAYS_AGO = (84, 0)  # two dated sets: twelve weeks ago and today


def _measurements(
    p: Persona, rng: random.Random, days: list[dt.date], user: User
) -> list[Measurement]:
    """Weekly tape measurements (Saturdays, one in six missed) that follow the whole-body loss
    with about half a centimetre of tape noise."""
    rows = []
    scale = p.start_kg / 78.0
    for i, day in enumerate(days):
        if day.weekday() != 5 or rng.random() < 0.17:
            continue
        lost = p.start_kg - underlying_kg(p, i, len(days))
        for site, (start_cm, per_kg) in SITES_CM.items():
            cm = start_cm * scale**0.5 - per_kg * lost + rng.gauss(0, 0.5)
            rows.append(Measurement(user=user, day=day, site=site, cm=round(cm, 1)))
    return rows


def _silhouette(pose: str, waist_cm: float, hue: int) -> bytes:
    """A simple generated figure (no real person): the waist drawn in proportion to the tape."""

    image = Image.new("RGB", (600, 800), (236, 232, 226))
    draw = ImageDraw.Draw(image)
    skin = (200 - hue, 150, 120 + hue)
    half = waist_cm * (1.2 if pose != "side" else 0.8)
    draw.ellipse((250, 60, 350, 170), fill=skin)  # head
    draw.rectangle((300 - half, 190, 300 + half, 480), fill=(40, 90, 160))  # torso
    draw.rectangle((300 - half, 480, 295, 760), fill=(60, 60, 70))  # legs
    draw.rectangle((305, 480, 300 + half, 760), fill=(60, 60, 70))
    draw.text((20, 20), f"{pose} (generated demo image)", fill=(30, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _photos(user: User, days: list[dt.date], measurements: list[Measurement]) -> None:
    for photo in ProgressPhoto.objects.filter(user=user):
        photo_delete(photo)
    waist = sorted((m.day, m.cm) for m in measurements if m.site == "waist")
    for ago in PHOTO_DAYS_AGO:
        day = days[-1 - ago]
        cm = next((c for d, c in reversed(waist) if d <= day), waist[0][1] if waist else 85.0)
        processed = {
            pose: process_photo(io.BytesIO(_silhouette(pose, cm, 20)))
            for pose in ("front", "side", "back")
        }
        photos_save(user=user, day=day, photos=processed)


def _runs(p: Persona, rng: random.Random, days: list[dt.date], user: User) -> list[RunEntry]:
    rows = []
    last_week = set(days[-7:])
    for i, day in enumerate(days):
        spike_day = p.run_spike and day in last_week
        if p.run_days:
            if day.weekday() not in p.run_days:
                continue
        else:
            chance = 0.75 if spike_day else p.runs_per_week / 7
            if rng.random() >= chance:
                continue
        long_run = day.weekday() == 6 and p.run_style != "short"
        km = p.run_km * (1.8 if long_run else 1.0) * rng.uniform(0.8, 1.15)
        if p.run_style == "short":
            km = 3.0 * rng.uniform(0.8, 1.15)  # 2.4-3.5 km at 7:00/km: 17-24 minutes
        if spike_day:
            km *= 1.9
        fitness = 1 - 0.04 * i / len(days)  # a little faster over the months
        pace = p.pace_s_per_km * fitness * (1.07 if long_run else 1.0) * rng.uniform(0.96, 1.05)
        km = round(km, 2)
        logged_hr = round(rng.uniform(138, 162))
        elevation = round(km * rng.uniform(4, 14))
        logged_effort = min(10, max(1, round(rng.gauss(7 if long_run else 5, 1))))
        if p.run_days and p.run_style == "":
            # a runner doing the dose runs at a moderate effort or more
            logged_effort = max(logged_effort, 5)
        no_effort = p.run_style == "no_effort"
        heart_rate: int | None = None if no_effort else logged_hr
        effort: int | None = None if no_effort else logged_effort
        rows.append(
            RunEntry(
                user=user,
                day=day,
                distance_km=km,
                duration_s=round(km * pace),
                avg_heart_rate=heart_rate,
                elevation_gain_m=elevation,
                effort=effort,
                note="Long run" if long_run else "",
                source=RunEntry.Source.MANUAL,
            )
        )
    return rows


def _protein(p: Persona, rng: random.Random, days: list[dt.date], user: User) -> list[ProteinEntry]:
    rows = []
    for i, day in enumerate(days):
        if rng.random() < 0.18:
            continue
        weight = underlying_kg(p, i, len(days))
        grams = max(20.0, rng.gauss(p.protein_g_per_kg * weight, 18))
        rows.append(ProteinEntry(user=user, day=day, grams=min(400.0, round(grams))))
    return rows


@transaction.atomic
def load_demo_data(*, stdout_write=print) -> dict[str, str]:
    """Create or reset the demo accounts and their data; returns email → role for the logins."""
    coach, _ = User.objects.get_or_create(email=demo_email("coach"))
    coach.display_name = "Coach Jordan Reyes"
    coach.is_coach = True
    coach.time_zone = "Europe/London"
    coach.set_password(DEMO_PASSWORD)
    coach.save()

    admin, _ = User.objects.get_or_create(email=demo_email("admin"))
    admin.display_name = "Admin"
    admin.is_staff = admin.is_superuser = True
    admin.set_password(DEMO_PASSWORD)
    admin.save()

    logins = {coach.email: "coach (seven clients)", admin.email: "admin (Django admin at /admin/)"}
    for index, p in enumerate(PERSONAS):
        rng = random.Random(f"wholebody-demo-{p.key}")
        user, _ = User.objects.get_or_create(email=demo_email(p.key))
        user.display_name = p.name
        user.time_zone = p.time_zone
        user.weight_unit = p.weight_unit
        user.distance_unit = p.distance_unit
        user.length_unit = "in" if p.weight_unit == "lb" else "cm"
        user.height_cm = round(rng.uniform(160, 188))
        user.birth_year = p.birth_year
        user.set_password(DEMO_PASSWORD)
        user.save()
        today = user.local_today()
        days = [today - dt.timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)]
        for model in (WeightEntry, BodyFatEntry, RunEntry, ProteinEntry, Measurement):
            model.objects.filter(user=user).delete()
        Goal.objects.filter(user=user).delete()
        WeightEntry.objects.bulk_create(_weights(p, rng, days, user))
        BodyFatEntry.objects.bulk_create(_body_fat(p, rng, days, user))
        RunEntry.objects.bulk_create(_runs(p, rng, days, user))
        ProteinEntry.objects.bulk_create(_protein(p, rng, days, user))
        measurements = Measurement.objects.bulk_create(_measurements(p, rng, days, user))
        if index < 2:  # Maya (the belly goal) and Ben have two dated photo sets
            _photos(user, days, measurements)
        for text in p.goals:
            goal = Goal(user=user, text=text, created_at=_aware(days[-1 - GOAL_AGE_DAYS]))
            myths.apply_verdict(goal, myths.warning_for_text(text))
            goal.save()
        CoachingLink.objects.filter(athlete=user).delete()
        CoachNote.objects.filter(athlete=user).delete()
        if p.coached:
            CoachingLink.objects.create(
                coach=coach, athlete=user, started_at=_aware(days[0] + dt.timedelta(days=index))
            )
            for text in p.notes:
                CoachNote.objects.create(coach=coach, athlete=user, text=text)
        role = "athlete, coached" if p.coached else "athlete, no coach"
        logins[user.email] = f"{p.name} ({role})"
    return logins


def _aware(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)
