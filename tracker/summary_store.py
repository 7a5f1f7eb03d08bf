"""Stored per-athlete summaries: the roster reads them instead of recomputing every client.

A roster of 200 clients used to load ~40,000 entries and run the trends, the per-method body
fat and the running dose for every client on every view. Now each athlete has one
:class:`~tracker.models.AthleteSummary` row holding their summary (:func:`stored_summary`, the
very :func:`tracker.summary.athlete_summary` Progress uses, energy balance included: it costs
~0.05 ms more to compute, and Today's running card shows it), which the roster and Today read.

**Mark changed on write, recompute on read.** Every write that can change the summary bumps the
row's `generation` in the same transaction (``AthleteSummary.mark_changed``, called by the entry
models' save/delete, their querysets' update/delete/bulk_create/bulk_update, and ``User.save``
for the settings the summary reads). A write costs one upsert; a quick-log post stays cheap.
A read uses a stored payload only when it was computed

- at the row's current generation (no write since),
- for the athlete's current local day (the windows move at midnight in their time zone), and
- by the current code (:data:`VERSION` hashes the modules that compute it),

and recomputes the others in one batch (a fixed number of queries however many are stale).

**Why a racing write can't leave a wrong number stored.** A reader takes the generation
*before* it reads the entries and stores the payload with that generation. A write commits its
entry and its bump together, so a reader that saw the old generation may have missed the entry,
but its payload is then labelled with a generation that is already out of date, and the next
read recomputes it. Rows always exist once anything was written (the bump is an upsert).

The payload is a pickled ``ProgressSummary`` signed with an HMAC of ``SECRET_KEY``: it is read
only after the signature matches, so someone able to write to the table still can't make the
app unpickle their bytes. A payload that doesn't verify or load is recomputed.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import pickle
import threading
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from tracker import body_composition, history, selectors, summary, trends
from tracker.history import History
from tracker.models import AthleteSummary, User
from tracker.summary import athlete_summary
from tracker.trends import ProgressSummary

# Bump by hand for a change the module hashes below can't see (e.g. in the payload's format).
FORMAT = 2  # 2: the energy balance is stored too


def _code_version() -> str:
    """A digest of the code that computes a summary: a deploy that changes it makes every
    stored summary old, and each is recomputed when next read (or by rebuild_summaries)."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for module in (summary, trends, body_composition, history):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:32]


VERSION = _code_version()
_SIGNATURE_BYTES = 32


@functools.cache
def _derived_key(secret: str) -> bytes:
    return hashlib.sha256(b"wholebody.summary_store:" + secret.encode()).digest()


def _key() -> bytes:
    return _derived_key(settings.SECRET_KEY)


def encode(value: ProgressSummary) -> bytes:
    blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    data = hmac.digest(_key(), blob, "sha256") + blob
    _remember(data, value)  # the summary just computed is the one the next read decodes
    return data


# Summaries already verified and loaded, by their exact stored bytes: a roster view doesn't
# check and unpickle 200 unchanged summaries again (that was a fifth of its time). Equal bytes
# are the same summary, so this never shows anything else than decoding would; summaries are
# frozen values, safe to share. Bounded (least recently used out first).
DECODED_CACHE_SIZE = 2048
_decoded: OrderedDict[bytes, ProgressSummary] = OrderedDict()
_decoded_lock = threading.Lock()


def decode(payload: bytes | memoryview | None) -> ProgressSummary | None:
    """The stored summary, or None when there is none, it isn't ours, or it no longer loads."""
    if not payload:
        return None
    data = bytes(payload)
    with _decoded_lock:
        known = _decoded.get(data)
        if known is not None:
            _decoded.move_to_end(data)
            return known
    signature, blob = data[:_SIGNATURE_BYTES], data[_SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, hmac.digest(_key(), blob, "sha256")):
        return None
    try:
        value = pickle.loads(blob)  # noqa: S301  # signed by us, checked just above
    except Exception:  # a class renamed or removed since it was stored: recompute
        return None
    if not isinstance(value, ProgressSummary):
        return None
    _remember(data, value)
    return value


def _remember(data: bytes, value: ProgressSummary) -> None:
    with _decoded_lock:
        _decoded[data] = value
        _decoded.move_to_end(data)
        while len(_decoded) > DECODED_CACHE_SIZE:
            _decoded.popitem(last=False)


def stored_summary(athlete_history: History, as_of: date) -> ProgressSummary:
    """What is stored: the athlete's summary exactly as Progress computes it."""
    return athlete_summary(athlete_history, as_of)


def _usable(row: AthleteSummary | None, as_of: date) -> ProgressSummary | None:
    if (
        row is None
        or row.computed_generation != row.generation
        or row.as_of != as_of
        or row.version != VERSION
    ):
        return None
    return decode(row.payload)


def _stored_row(athlete: User) -> AthleteSummary | None:
    try:
        return athlete.stored_summary
    except AthleteSummary.DoesNotExist:
        return None


# The fields of AthleteSummary a read needs (load the athletes with
# select_related("stored_summary") and, if you like, only these).
STORED_FIELDS = ("generation", "computed_generation", "as_of", "version", "payload")


def summaries(athletes: Iterable[User]) -> dict[int, ProgressSummary]:
    """The stored summary of each athlete as of their local today, keyed by id.

    Load the athletes with ``select_related("stored_summary")``: then a roster whose summaries
    are all current costs no query here; otherwise the stale ones are recomputed together
    (one row insert for athletes without a row, the selectors' five queries, one update).
    """
    result: dict[int, ProgressSummary] = {}
    stale: dict[int, tuple[User, date]] = {}
    today_in: dict[str, date] = {}  # by time zone: a roster's athletes share a few
    for athlete in athletes:
        as_of = today_in.get(athlete.time_zone)
        if as_of is None:
            as_of = today_in[athlete.time_zone] = athlete.local_today()
        stored = _usable(_stored_row(athlete), as_of)
        if stored is None:
            stale[athlete.pk] = (athlete, as_of)
        else:
            result[athlete.pk] = stored
    if stale:
        result.update(_recompute(stale))
    return result


def _recompute(stale: dict[int, tuple[User, date]]) -> dict[int, ProgressSummary]:
    # The generation must be read before the entries (see the module docstring): rows that
    # exist were read with the athletes; missing ones start at 0 (a write racing this insert
    # bumps it to 1 or more, which leaves what we store below marked old).
    found = {pk: _stored_row(athlete) for pk, (athlete, _day) in stale.items()}
    missing = [AthleteSummary(user_id=pk) for pk, row in found.items() if row is None]
    if missing:
        AthleteSummary.objects.bulk_create(missing, ignore_conflicts=True)
    rows = {row.user_id: row for row in [*found.values(), *missing] if row is not None}
    histories = selectors.summary_histories({pk: day for pk, (_a, day) in stale.items()})
    now = timezone.now()
    computed: dict[int, ProgressSummary] = {}
    changed = []
    for pk, (_athlete, as_of) in stale.items():
        value = stored_summary(histories[pk], as_of)
        computed[pk] = value
        row = rows[pk]
        row.computed_generation = row.generation
        row.as_of = as_of
        row.version = VERSION
        row.payload = encode(value)
        row.computed_at = now
        changed.append(row)
    # Only the computed fields: `generation` belongs to the writers.
    AthleteSummary.objects.bulk_update(
        changed, ["computed_generation", "as_of", "version", "payload", "computed_at"]
    )
    return computed


def rebuild(athletes: Iterable[User] | None = None, *, batch_size: int = 500) -> int:
    """Recompute and store the summaries of `athletes` (default: everyone), in batches.
    Returns how many were written."""
    queryset = User.objects.select_related("stored_summary").order_by("pk")
    pool = list(athletes) if athletes is not None else None
    count = 0
    if pool is not None:
        ids = [athlete.pk for athlete in pool]
        queryset = queryset.filter(pk__in=ids)
    batch: list[User] = []
    for athlete in queryset.iterator(chunk_size=batch_size):
        batch.append(athlete)
        if len(batch) >= batch_size:
            count += len(_recompute({a.pk: (a, a.local_today()) for a in batch}))
            batch = []
    if batch:
        count += len(_recompute({a.pk: (a, a.local_today()) for a in batch}))
    return count


def summary_of(athlete: User) -> ProgressSummary:
    """One athlete's summary as of their local today: the stored one when current (one query
    for the row, none when `athlete` was loaded with ``select_related("stored_summary")``),
    else recomputed and stored (as :func:`summaries` does)."""
    return summaries([athlete])[athlete.pk]


def fresh(athlete: User) -> ProgressSummary:
    """The summary computed from the entries now, ignoring what is stored (tests, checks)."""
    as_of = athlete.local_today()
    return stored_summary(selectors.summary_history(athlete, as_of), as_of)


__all__ = [
    "VERSION",
    "decode",
    "encode",
    "fresh",
    "rebuild",
    "stored_summary",
    "summaries",
    "summary_of",
]
