"""The athlete's data: the user, logged entries (weight, body fat, runs, protein), goals, and the
admin-editable myth content and detector vocabulary.

All values are stored in metric units (kg, km, seconds, grams); dates are the athlete's local
calendar dates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from typing import Any

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models, transaction
from django.db.models import F, Q
from django.db.models.constants import LOOKUP_SEP
from django.db.models.constraints import BaseConstraint
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tracker import bounds
from tracker.myths.content import TRANSLATED_FIELDS
from tracker.trends import MaxHeartRate, max_heart_rate

# User fields a stored summary depends on: what the summary reads (time zone → its day, the
# body-fat method, heart-rate settings) and settings that change how athletes' figures read.
SUMMARY_USER_FIELDS = frozenset(
    {
        "time_zone",
        "body_fat_method",
        "max_heart_rate",
        "resting_heart_rate",
        "birth_year",
        "height_cm",
        "sex",
        "weight_unit",
        "distance_unit",
        "length_unit",
        "display_name",
    }
)


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email: str | None) -> str:
        """The whole address lowercased and trimmed: one account per mailbox, whatever case a
        phone or an admin typed (Django's default only lowercases the domain)."""
        return (email or "").strip().lower()

    def _create_user(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username: str | None) -> User:
        # Phones capitalise the first letter; emails are stored lowercased.
        return self.get(email__iexact=username)

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person using Wholebody; email is the login. Anyone can also coach."""

    class WeightUnit(models.TextChoices):
        KG = "kg", _("Kilograms (kg)")
        LB = "lb", _("Pounds (lb)")

    class DistanceUnit(models.TextChoices):
        KM = "km", _("Kilometres (km)")
        MI = "mi", _("Miles (mi)")

    class LengthUnit(models.TextChoices):
        CM = "cm", _("Centimetres (cm)")
        IN = "in", _("Inches (in)")

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("name"), max_length=80, blank=True)
    weight_unit = models.CharField(
        _("weight unit"), max_length=2, choices=WeightUnit, default=WeightUnit.KG
    )
    distance_unit = models.CharField(
        _("distance unit"), max_length=2, choices=DistanceUnit, default=DistanceUnit.KM
    )
    length_unit = models.CharField(
        _("Body measurements in"), max_length=2, choices=LengthUnit, default=LengthUnit.CM
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    # Interface language (a code from settings.LANGUAGES); blank = follow the browser. Checked by
    # the settings form rather than `choices`, so adding a language needs no migration.
    language = models.CharField(_("language"), max_length=8, blank=True, default="")
    height_cm = models.FloatField(
        _("height (cm)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(bounds.HEIGHT_MIN_CM),
            MaxValueValidator(bounds.HEIGHT_MAX_CM),
        ],
    )

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")

    # Only the body-fat formulas need it (the Navy equations differ by sex); blank = not given.
    sex = models.CharField(
        _("Sex (for body-fat formulas)"), max_length=6, choices=Sex, blank=True, default=""
    )
    # The body-fat method whose series drives fat/lean mass; blank = the one used most lately.
    body_fat_method = models.CharField(
        _("Main body-fat method"),
        max_length=10,
        blank=True,
        default="",
        help_text=_(
            "Fat and lean mass follow this method only; readings from other methods are shown "
            "as their own points. Automatic picks the one you used most in the last 90 days."
        ),
    )
    is_coach = models.BooleanField(
        _("I coach athletes"),
        default=False,
        help_text=_("Show the coach roster and invitations."),
    )
    # Heart-rate settings for the running dose: a run's average HR is judged against max HR,
    # measured if known, else estimated from the birth year (Tanaka). Resting HR is optional.
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    max_heart_rate = models.PositiveSmallIntegerField(
        _("max heart rate (bpm)"), null=True, blank=True
    )
    resting_heart_rate = models.PositiveSmallIntegerField(
        _("resting heart rate (bpm)"), null=True, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []  # type: ignore[misc]  # Django reads it off the class

    objects = UserManager()  # type: ignore[assignment,misc]  # ours: create_user by email

    class Meta(AbstractUser.Meta):  # type: ignore[name-defined]  # missing from the stubs
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True) | Q(birth_year__gte=bounds.BIRTH_YEAR_MIN),
                name="user_birth_year_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(max_heart_rate__isnull=True)
                | Q(
                    max_heart_rate__gte=bounds.MAX_HEART_RATE_MIN,
                    max_heart_rate__lte=bounds.MAX_HEART_RATE_MAX,
                ),
                name="user_max_heart_rate_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(resting_heart_rate__isnull=True)
                | Q(
                    resting_heart_rate__gte=bounds.RESTING_HEART_RATE_MIN,
                    resting_heart_rate__lte=bounds.RESTING_HEART_RATE_MAX,
                ),
                name="user_resting_heart_rate_in_bounds",
            ),
            # Emails are stored lowercased (UserManager.normalize_email, run by clean()); this is
            # the backstop so "VICTIM@x" can never sit beside "victim@x" (login would 500).
            models.UniqueConstraint(
                Lower("email"),
                name="user_email_case_insensitive_unique",
                violation_error_message="A user with this email address already exists.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Settings the summary reads (or the roster shows) change the stored summary, in the same
        # transaction; saves of other fields only (last_login, password) don't.
        update_fields = kwargs.get("update_fields")
        using = kwargs.get("using") or self._state.db or "default"
        with transaction.atomic(using=using):
            super().save(*args, **kwargs)
            if update_fields is None or SUMMARY_USER_FIELDS.intersection(update_fields):
                AthleteSummary.mark_changed([self.pk], using=using)

    @property
    def name(self) -> str:
        return self.display_name or self.email.split("@")[0]

    def max_heart_rate_for_dose(self, as_of: dt.date) -> MaxHeartRate | None:
        """Measured max HR, else the Tanaka estimate from the birth year, else None."""
        return max_heart_rate(measured=self.max_heart_rate, birth_year=self.birth_year, as_of=as_of)

    def local_today(self) -> dt.date:
        return timezone.localdate(timezone=self.zoneinfo)

    @property
    def zoneinfo(self) -> dt.tzinfo:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            return dt.UTC


class EntryQuerySet(models.QuerySet):
    """Bulk writes to entries mark the owners' stored summaries changed, in the same transaction
    (bulk_create and update() send no signals, so this is where import confirm is covered)."""

    def for_user(self, user: User) -> EntryQuerySet:
        return self.filter(user=user)

    def _owner_ids(self) -> list[int]:
        return list(self.order_by().values_list("user_id", flat=True).distinct())

    def update(self, **kwargs: Any) -> int:
        with transaction.atomic(using=self.db):
            owners = self._owner_ids()
            count = super().update(**kwargs)
            AthleteSummary.mark_changed(owners, using=self.db)
        return count

    def delete(self) -> tuple[int, dict[str, int]]:
        with transaction.atomic(using=self.db):
            owners = self._owner_ids()
            result = super().delete()
            AthleteSummary.mark_changed(owners, using=self.db)
        return result

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Any]:
        objs = list(objs)
        with transaction.atomic(using=self.db):
            created = super().bulk_create(objs, *args, **kwargs)
            AthleteSummary.mark_changed({obj.user_id for obj in objs}, using=self.db)
        return created

    def bulk_update(self, objs: Any, *args: Any, **kwargs: Any) -> int:
        objs = list(objs)
        with transaction.atomic(using=self.db):
            count = super().bulk_update(objs, *args, **kwargs)
            AthleteSummary.mark_changed({obj.user_id for obj in objs}, using=self.db)
        return count


_CHECK_FIELDS: dict[int, frozenset[str]] = {}


def check_constraint_fields(constraint: Any) -> frozenset[str]:
    """The fields a CheckConstraint's condition names, when it is made of plain lookups only;
    empty otherwise (an expression, another kind of constraint), so it is always validated."""
    known = _CHECK_FIELDS.get(id(constraint))
    if known is not None:
        return known
    names: set[str] = set()

    def plain(node: Q) -> bool:
        for child in node.children:
            if isinstance(child, Q):
                if not plain(child):
                    return False
            elif (
                isinstance(child, tuple)
                and isinstance(child[0], str)
                and not hasattr(child[1], "resolve_expression")
            ):
                names.add(child[0].split(LOOKUP_SEP)[0])
            else:
                return False
        return True

    condition = getattr(constraint, "condition", None)
    plain_check = (
        isinstance(constraint, models.CheckConstraint)
        and isinstance(condition, Q)
        and plain(condition)
    )
    found = frozenset(names) if plain_check else frozenset()
    _CHECK_FIELDS[id(constraint)] = found  # constraints live as long as their models
    return found


class Entry(models.Model):
    """Fields shared by every logged metric."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EntryQuerySet.as_manager()
    _unchecked_fields: frozenset[str] = frozenset()  # while validate_constraints runs

    class Meta:
        abstract = True
        ordering = ["-day", "-created_at"]

    # Django validates a check constraint by compiling a query and catching the FieldError when
    # a field it names was left out (a form without that field, whose own clean checks it):
    # ~0.2 ms a constraint on every entry form's save, for nothing. Leave those out up front;
    # what is validated, and the errors, stay Django's.
    def validate_constraints(self, exclude: Collection[str] | None = None) -> None:
        self._unchecked_fields = frozenset(exclude or ())
        try:
            super().validate_constraints(exclude)
        finally:
            self._unchecked_fields = frozenset()

    def get_constraints(self) -> list[tuple[type[models.Model], Sequence[BaseConstraint]]]:
        constraints = super().get_constraints()
        unchecked = self._unchecked_fields
        if not unchecked:
            return constraints
        return [
            (model, [c for c in group if not (check_constraint_fields(c) & unchecked)])
            for model, group in constraints
        ]

    # Every write marks the owner's stored summary changed in the same transaction
    # (AthleteSummary). A cascade from deleting the user goes through neither method.
    def save(self, *args: Any, **kwargs: Any) -> None:
        using = kwargs.get("using") or self._state.db or "default"
        # No savepoint of its own: inside a caller's transaction a failure here fails that
        # transaction anyway (callers that recover, like _save_unless_clash, add their own).
        with transaction.atomic(using=using, savepoint=False):
            super().save(*args, **kwargs)
            AthleteSummary.mark_changed([self.user_id], using=using)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        using = kwargs.get("using") or self._state.db or "default"
        with transaction.atomic(using=using):
            user_id = self.user_id
            result = super().delete(*args, **kwargs)
            AthleteSummary.mark_changed([user_id], using=using)
        return result


class WeightEntry(Entry):
    """One weigh-in; several a day are allowed and analytics use the daily mean."""

    weight_kg = models.FloatField(_("weight (kg)"))

    class Meta(Entry.Meta):
        verbose_name = _("weight entry")
        verbose_name_plural = _("weight entries")
        indexes = [
            # History pages and trends: a user's entries newest first / since a day.
            models.Index(fields=["user", "-day", "-created_at"], name="weight_user_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    weight_kg__gte=bounds.WEIGHT_MIN_KG, weight_kg__lte=bounds.WEIGHT_MAX_KG
                ),
                name="weight_kg_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="weight_day_not_before_1990"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.weight_kg:.1f} kg on {self.day}"


class BodyFatEntry(Entry):
    class Method(models.TextChoices):
        SCALE = "scale", _("Smart scale (BIA)")
        CALIPERS = "calipers", _("Skinfold calipers")
        DEXA = "dexa", _("DEXA scan")
        TAPE = "tape", _("Tape measure (Navy method)")
        OTHER = "other", _("Other")

    percent = models.FloatField(_("body fat (%)"))
    method = models.CharField(_("method"), max_length=10, choices=Method, default=Method.SCALE)

    class Meta(Entry.Meta):
        verbose_name = _("body-fat entry")
        verbose_name_plural = _("body-fat entries")
        indexes = [
            # History pages and trends: a user's readings newest first / since a day.
            models.Index(fields=["user", "-day", "-created_at"], name="bodyfat_user_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__gte=bounds.BODY_FAT_MIN, percent__lte=bounds.BODY_FAT_MAX),
                name="bodyfat_percent_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="bodyfat_day_not_before_1990"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.percent:.1f} % on {self.day}"


class RunEntry(Entry):
    class Source(models.TextChoices):
        MANUAL = "manual", _("Manual")
        FILE = "file", _("File import")
        CSV = "csv", _("CSV import")

    distance_km = models.FloatField(_("distance (km)"))
    duration_s = models.PositiveIntegerField(_("duration (s)"))
    avg_heart_rate = models.PositiveSmallIntegerField(
        _("average heart rate (bpm)"), null=True, blank=True
    )
    elevation_gain_m = models.FloatField(_("elevation gain (m)"), null=True, blank=True)
    effort = models.PositiveSmallIntegerField(
        _("effort (RPE 1–10)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    source = models.CharField(max_length=10, choices=Source, default=Source.MANUAL)
    external_id = models.CharField(max_length=200, blank=True)

    class Meta(Entry.Meta):
        verbose_name = _("run")
        verbose_name_plural = _("runs")
        indexes = [
            # History pages and running analytics: a user's runs newest first / since a day.
            models.Index(fields=["user", "-day", "-created_at"], name="run_user_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    distance_km__gte=bounds.RUN_DISTANCE_MIN_KM,
                    distance_km__lte=bounds.RUN_DISTANCE_MAX_KM,
                ),
                name="run_distance_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(
                    duration_s__gte=bounds.RUN_DURATION_MIN_S,
                    duration_s__lte=bounds.RUN_DURATION_MAX_S,
                ),
                name="run_duration_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(avg_heart_rate__isnull=True)
                | Q(
                    avg_heart_rate__gte=bounds.HEART_RATE_MIN,
                    avg_heart_rate__lte=bounds.HEART_RATE_MAX,
                ),
                name="run_heart_rate_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(effort__isnull=True) | Q(effort__gte=1, effort__lte=10),
                name="run_effort_1_to_10",
            ),
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="run_day_not_before_1990"
            ),
            # Imports de-duplicate on the source's own id.
            models.UniqueConstraint(
                fields=["user", "external_id"],
                condition=~Q(external_id=""),
                name="run_unique_external_id_per_user",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.distance_km:.2f} km on {self.day}"

    @property
    def pace_s_per_km(self) -> float:
        return self.duration_s / self.distance_km


class ProteinEntry(Entry):
    """Protein eaten on one day: one row per day, quick increments add to it."""

    grams = models.FloatField(_("protein (g)"))

    class Meta(Entry.Meta):
        verbose_name = _("protein day")
        verbose_name_plural = _("protein days")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="protein_one_row_per_day"),
            models.CheckConstraint(
                condition=Q(grams__gte=bounds.PROTEIN_MIN_G, grams__lte=bounds.PROTEIN_MAX_G),
                name="protein_grams_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="protein_day_not_before_1990"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.grams:.0f} g on {self.day}"


class ContentVersion(models.Model):
    """One row counting edits to the myth content and vocabulary.

    Bumped in the same transaction as every content write (`ContentModel` below), so an app
    server compares one value to know whether its compiled vocabulary is stale. The token is
    new at every bump: after a rolled-back edit the token rolls back too, so a cache keyed on
    it never mixes up two different edits that happened to get the same number.
    """

    number = models.PositiveBigIntegerField(default=0)
    token = models.CharField(max_length=32, default="")

    @classmethod
    def bump(cls) -> None:
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(number=F("number") + 1, token=token):
            cls.objects.update_or_create(pk=1, defaults={"number": 1, "token": token})

    @classmethod
    def current(cls) -> str:
        """The token of the latest content edit ("" before the first one)."""
        return cls.objects.filter(pk=1).values_list("token", flat=True).first() or ""


class ContentQuerySet(models.QuerySet):
    """Bulk writes to content tables bump the content version in the same transaction."""

    def update(self, **kwargs: Any) -> int:
        with transaction.atomic(using=self.db):
            count = super().update(**kwargs)
            ContentVersion.bump()
        return count

    def delete(self) -> tuple[int, dict[str, int]]:
        with transaction.atomic(using=self.db):
            result = super().delete()
            ContentVersion.bump()
        return result

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Any]:
        with transaction.atomic(using=self.db):
            created = super().bulk_create(objs, *args, **kwargs)
            ContentVersion.bump()
        return created

    def bulk_update(self, objs: Any, *args: Any, **kwargs: Any) -> int:
        with transaction.atomic(using=self.db):
            count = super().bulk_update(objs, *args, **kwargs)
            ContentVersion.bump()
        return count


class ContentModel(models.Model):
    """Admin-editable content: every write also bumps `ContentVersion`, atomically."""

    source_hash = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("Fingerprint of the shipped values last written here; empty = admin-owned."),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        with transaction.atomic():
            super().save(*args, **kwargs)
            ContentVersion.bump()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        with transaction.atomic():
            result = super().delete(*args, **kwargs)
            ContentVersion.bump()
        return result


_WEB_LINK = _("Links must start with https:// or http://.")


def _validate_web_link(value: str) -> None:
    if value and not value.startswith(("https://", "http://")):
        raise ValidationError(_WEB_LINK)


class Myth(ContentModel):
    """A myth card in the public library; area-targeted ones back the goal warning."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, blank=True)
    claim = models.TextField()
    reality = models.TextField()
    instead = models.TextField(_("what to do instead"))
    evidence_note = models.TextField(blank=True)
    safety_note = models.TextField(blank=True)
    area_targeted = models.BooleanField(
        default=False, help_text=_("Shown as the warning when a goal targets fat in one area.")
    )
    published = models.BooleanField(default=True)
    order = models.PositiveSmallIntegerField(default=0)
    # Fingerprint of the shipped citation list last written (see tracker.myths.sync).
    citations_hash = models.CharField(max_length=64, blank=True, editable=False)

    # The English text a translation is made from; a translation is stale when it changes
    # (the shipped content's fields: one list, in tracker.myths.content).
    TRANSLATED_FIELDS = TRANSLATED_FIELDS

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("myth_detail", args=[self.slug])

    def english_hash(self) -> str:
        from tracker.myths.content import content_hash, translated_values

        english = {name: getattr(self, name) for name in self.TRANSLATED_FIELDS}
        return content_hash(translated_values(english))

    def localized(self, language: str) -> dict[str, str]:
        """The card's text (title, summary, claim, reality, instead, evidence_note, safety_note)
        in `language`; a field the translation lacks (or a missing translation) is English.

        Reads `translations.all()`, so a prefetch of "translations" keeps it query-free."""
        base = {name: getattr(self, name) for name in self.TRANSLATED_FIELDS}
        if language == "en":
            return base
        translated = next((t for t in self.translations.all() if t.language == language), None)
        if translated is None:
            return base
        return {key: getattr(translated, key) or value for key, value in base.items()}


class Citation(ContentModel):
    """One source behind a myth card: a formatted reference and a web link."""

    myth = models.ForeignKey(Myth, on_delete=models.CASCADE, related_name="citations")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(help_text=_("Authors, title, journal, year;volume(issue):pages."))
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        validators=[_validate_web_link],
        help_text=_("A DOI or PubMed link (https://...)."),
    )

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class MythTranslation(ContentModel):
    """A myth card's text in one language: title, summary, claim, reality, advice and notes."""

    class Language(models.TextChoices):
        IT = "it", _("Italian")
        ES = "es", _("Spanish")
        FR = "fr", _("French")
        DE = "de", _("German")
        PT = "pt", _("Portuguese")

    myth = models.ForeignKey(Myth, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=2, choices=Language)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, blank=True)
    claim = models.TextField()
    reality = models.TextField()
    instead = models.TextField(_("what to do instead"))
    # Blank ones show the English note (Myth.localized).
    evidence_note = models.TextField(blank=True)
    safety_note = models.TextField(blank=True)
    # Fingerprint of the English text this translation was written from (see `is_stale`).
    english_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["myth", "language"], name="myth_translation_one_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.myth} ({self.language})"

    @property
    def is_stale(self) -> bool:
        """The English card changed since this translation was written or last reviewed."""
        return self.english_hash != self.myth.english_hash()


class VocabularyTerm(ContentModel):
    """One word or phrase the myth detector knows, per language and kind."""

    class Language(models.TextChoices):
        EN = "en", _("English")
        IT = "it", _("Italian")
        ES = "es", _("Spanish")
        FR = "fr", _("French")
        DE = "de", _("German")
        PT = "pt", _("Portuguese")

    language = models.CharField(max_length=2, choices=Language)
    kind = models.CharField(max_length=20)
    term = models.CharField(max_length=120)
    area = models.CharField(max_length=20, blank=True)
    myth = models.ForeignKey(
        Myth, null=True, blank=True, on_delete=models.SET_NULL, related_name="vocabulary"
    )
    active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["language", "kind", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "term"], name="vocabulary_unique_term_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.language}, {self.kind})"


class GoalQuerySet(models.QuerySet):
    def active(self) -> GoalQuerySet:
        return self.filter(status=Goal.Status.ACTIVE)

    def flagged(self) -> GoalQuerySet:
        """Active goals with an undismissed myth warning (the coach's flag)."""
        return self.active().filter(myth__isnull=False, myth_dismissed_at__isnull=True)

    def active_first(self) -> GoalQuerySet:
        """Active goals first, then the rest; newest first within each (goal lists)."""
        active = models.Case(
            models.When(status=Goal.Status.ACTIVE, then=models.Value(0)),
            default=models.Value(1),
            output_field=models.IntegerField(),
        )
        return self.order_by(active, "-created_at")


class Goal(models.Model):
    class TargetKind(models.TextChoices):
        NONE = "", _("No number")
        WEIGHT = "weight", _("Weight")
        BODY_FAT = "body_fat", _("Body fat %")
        RUN = "run", _("Run distance")
        PROTEIN = "protein", _("Protein per day")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ACHIEVED = "achieved", _("Achieved")
        ARCHIVED = "archived", _("Archived")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="goals")
    text = models.CharField(max_length=300)
    target_kind = models.CharField(max_length=10, choices=TargetKind, blank=True, default="")
    target_value = models.FloatField(null=True, blank=True)  # metric: kg, %, km or g
    target_date = models.DateField(null=True, blank=True)
    # The trend value when the target was set (kg or %): progress is measured from it. Empty
    # when there was no trend yet, or for kinds without a trend (run, protein).
    target_start_value = models.FloatField(null=True, blank=True)
    target_set_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.ACTIVE)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    # The detector's verdict, refreshed whenever the text is saved.
    myth = models.ForeignKey(
        Myth, null=True, blank=True, on_delete=models.SET_NULL, related_name="goals"
    )
    myth_area = models.CharField(max_length=20, blank=True)
    myth_language = models.CharField(max_length=2, blank=True)
    myth_triggers = models.JSONField(default=list, blank=True)
    myth_dismissed_at = models.DateTimeField(null=True, blank=True)
    # The goal names running as its route (myth or not): the running-dose flag and card use it.
    relies_on_running = models.BooleanField(default=False)

    objects = GoalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # Goal list and the coach's flags: a user's goals by status.
            models.Index(fields=["user", "status"], name="goal_user_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_kind="") | Q(target_value__isnull=False),
                name="goal_target_kind_needs_value",
            ),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def has_active_warning(self) -> bool:
        """Same rule as GoalQuerySet.flagged(): finished goals no longer need the note."""
        return (
            self.status == self.Status.ACTIVE
            and self.myth_id is not None
            and self.myth_dismissed_at is None
        )


class ImportBatch(models.Model):
    """An upload parsed and checked, waiting for its owner to confirm it.

    Kept in the database, not in a process or on local disk, so any app server can show the
    preview and save the rows. Stale batches are deleted once they expire.
    """

    class Kind(models.TextChoices):
        BODY = "body", _("Weight and body fat")
        RUNS = "runs", _("Runs")
        PROTEIN = "protein", _("Protein")
        APPLE_HEALTH = "apple", "Apple Health"
        MEASUREMENTS = "measurements", _("Body measurements")

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind)
    filename = models.CharField(max_length=255)
    format_name = models.CharField(max_length=100)
    # {"weight": [...], "body_fat": [...], "runs": [...], "protein": [...]}: rows to create, in
    # metric units with ISO dates; plus "duplicates", "problems", "problem_count" and "notes".
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    # Set when confirmed (the rows are then cleared): a second click on "confirm", or a back
    # button, can say "already saved" instead of a 404, until the batch expires.
    saved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # Clean-up of stale previews: batches past their expiry.
            models.Index(fields=["expires_at"], name="importbatch_expires"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} import of {self.filename}"


class ProgressPhoto(models.Model):
    """One progress photo (front, side or back) for a day, private to the athlete and coach.

    The files live in the ``photos`` storage (see settings.STORAGES), never under static or
    media URLs: only :mod:`tracker.photos` reads them, for views that check who is asking. The
    names are random, so a leaked name says nothing, and the files hold re-encoded pixels only
    (no EXIF/GPS; see :mod:`tracker.photo_processing`).
    """

    class Pose(models.TextChoices):
        # A context: "Back" is also the navigation word in the templates.
        FRONT = "front", pgettext_lazy("photo pose", "Front")
        SIDE = "side", pgettext_lazy("photo pose", "Side")
        BACK = "back", pgettext_lazy("photo pose", "Back")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    pose = models.CharField(_("pose"), max_length=5, choices=Pose)
    image_name = models.CharField(max_length=200, editable=False)
    thumbnail_name = models.CharField(max_length=200, editable=False)
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-day", "pose", "created_at"]
        verbose_name = _("progress photo")
        verbose_name_plural = _("progress photos")
        indexes = [
            # The gallery and the comparison: a user's photos by day.
            models.Index(fields=["user", "-day"], name="photo_user_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="photo_day_not_before_1990"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_pose_display()} photo on {self.day}"


class Measurement(Entry):
    """One tape measurement of one site (circumference in cm), optionally of one side.

    Limbs may be measured left and right; ``side`` is blank for the trunk and for a limb logged
    without a side. Each (site, side) is its own series (tracker.measurements).
    """

    class Site(models.TextChoices):
        WAIST = "waist", _("Waist (at the navel)")
        HIPS = "hips", _("Hips")
        CHEST = "chest", _("Chest")
        THIGH = "thigh", _("Thigh")
        UPPER_ARM = "upper_arm", _("Upper arm")
        CALF = "calf", _("Calf")
        NECK = "neck", _("Neck")

    class Side(models.TextChoices):
        NONE = "", "—"
        LEFT = "left", _("Left")
        RIGHT = "right", _("Right")

    LIMBS = ("thigh", "upper_arm", "calf")

    site = models.CharField(_("site"), max_length=10, choices=Site)
    side = models.CharField(_("side"), max_length=5, choices=Side, blank=True, default="")
    cm = models.FloatField(_("circumference (cm)"))

    class Meta(Entry.Meta):
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        indexes = [
            # History, the measurements chart and the follow-up card: a user's readings by day.
            models.Index(fields=["user", "-day", "-created_at"], name="measure_user_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    cm__gte=bounds.CIRCUMFERENCE_MIN_CM, cm__lte=bounds.CIRCUMFERENCE_MAX_CM
                ),
                name="measure_cm_in_bounds",
            ),
            models.CheckConstraint(
                condition=Q(day__gte=bounds.EARLIEST_DAY), name="measure_day_not_before_1990"
            ),
            models.CheckConstraint(
                condition=Q(side="") | Q(site__in=["thigh", "upper_arm", "calf"]),
                name="measure_side_only_for_limbs",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.cm:.1f} cm on {self.day}"

    @property
    def label(self) -> str:
        site = self.get_site_display()
        return f"{site} ({self.get_side_display().lower()})" if self.side else site


class ThrottleEvent(models.Model):
    """One action counted against a rate limit (an email sent, say), kept in the database so
    every app server sees the same counts. `key` is a hash: no email or IP address is stored."""

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            # throttle.allow(): events for one scope and key in the recent window.
            models.Index(fields=["scope", "key", "created_at"], name="throttle_scope_key_time"),
            # Pruning events older than every window.
            models.Index(fields=["created_at"], name="throttle_created"),
        ]

    def __str__(self) -> str:
        return f"{self.scope} at {self.created_at:%Y-%m-%d %H:%M}"


class QuickLogReceipt(models.Model):
    """A quick-log post that carried a client-generated id, kept so that sending it again (the
    phone's offline queue retrying after a lost answer, or a second tab) saves nothing twice and
    answers with what the first post said."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    client_id = models.UUIDField()
    metric = models.CharField(max_length=20)
    # When the person logged it on the device; `created_at` is when it reached the server.
    logged_at = models.DateTimeField(null=True, blank=True)
    message = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            # Also the index for the lookup before each post with a client id.
            models.UniqueConstraint(
                fields=["user", "client_id"], name="quicklog_receipt_one_per_client_id"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.client_id}"


class AthleteSummary(models.Model):
    """The roster's stored copy of one athlete's summary (see tracker.summary_store).

    Every write that can change the summary (an entry saved, edited or deleted in any way, a
    setting the summary reads) bumps `generation` in the same transaction, through
    :meth:`mark_changed`. A stored payload is used only while it was computed at the current
    generation, for the athlete's current local day and by the current code (`version`);
    otherwise it is recomputed from the entries when read.
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, primary_key=True, related_name="stored_summary"
    )
    generation = models.PositiveBigIntegerField(default=0)
    computed_generation = models.PositiveBigIntegerField(null=True, blank=True)
    as_of = models.DateField(null=True, blank=True)
    version = models.CharField(max_length=64, blank=True, default="")
    payload = models.BinaryField(null=True, blank=True)
    computed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("athlete summary")
        verbose_name_plural = _("athlete summaries")

    def __str__(self) -> str:
        return f"summary of user {self.user_id} as of {self.as_of}"

    @classmethod
    def mark_changed(cls, user_ids: Any, *, using: str = "default") -> None:
        """Bump the generation of each athlete's row, creating rows that don't exist yet.

        One upsert statement (SQLite and PostgreSQL both have ON CONFLICT), so a write and a
        first read racing can't lose the bump: the row always exists after this.
        """
        ids = sorted({int(pk) for pk in user_ids if pk is not None})
        if not ids:
            return
        table = connections[using].ops.quote_name(cls._meta.db_table)
        values = ", ".join(["(%s, 1, '')"] * len(ids))
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (user_id, generation, version) VALUES {values} "
                f"ON CONFLICT (user_id) DO UPDATE SET generation = {table}.generation + 1",
                ids,
            )


UNDO_WINDOW = dt.timedelta(minutes=10)


class DeletedEntry(models.Model):
    """A history entry just deleted, kept for a few minutes so its owner can undo the delete.

    The entry itself is gone (every page, count and summary stops counting it at once); this
    holds its serialized fields so Undo can save the very same values again through the model's
    normal save. Records older than `UNDO_WINDOW` are refused and cleared on the next delete.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    metric = models.CharField(max_length=20)
    data = models.TextField()  # django.core.serializers "json" of the one entry
    deleted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["user", "deleted_at"], name="deleted_entry_user_time")]

    def __str__(self) -> str:
        return f"{self.metric} deleted {self.deleted_at:%Y-%m-%d %H:%M}"

    @property
    def expired(self) -> bool:
        return timezone.now() - self.deleted_at > UNDO_WINDOW
