"""The permission matrix: every URL of the project, requested as each kind of actor.

Actors: anonymous, the owner (an athlete with data), another athlete, the owner's active coach,
a former coach (link ended), an unrelated coach, and staff.

The rules, as designed:
- Anonymous users are redirected to the login page, except on public pages (landing, myths,
  login, signup, password reset), which answer 200.
- Pages without an object id (/today/, /history/weight/, /goals/, /coach/, ...) are always the
  requester's *own* page: 200 for anyone logged in, showing only their own data.
- URLs naming someone else's object answer 404 to everyone who may not see it (no existence
  leak). That includes the active coach on the athlete's own object URLs
  (/history/weight/<pk>/edit/, /goals/<pk>/...): those are the athlete's pages, and a coach
  reads client data only through /coach/clients/<id>/. So a coach POSTing to the athlete's entry
  edit URL gets 404.
- The coach's read-only view of a client is /coach/clients/<id>/; a write to it by the active
  coach gets 403 (they may read but not change client data); strangers still get 404.
- A coach's notes are reachable only by that coach, and only while the link is active: a
  former coach gets 404 at once, even for notes they wrote.
- An invitation's token is the credential: anyone logged in who holds the link may open it; the
  service decides whether they may accept (not their own, not spent or expired).
- Staff have no special access to athletes' or coaches' pages (they use the admin).

Every URL pattern must have at least one row in CASES: adding a route without deciding who may
use it makes `test_every_url_pattern_is_covered` fail. Skipped on purpose (see SKIPPED): the
admin's own pages (Django's code, guarded by is_staff and model permissions; the /admin/ index is
still tested) and the password-reset confirm link (it needs a one-time token, and Django's own
tests cover it).

While the matrix runs, every 200 response is also checked for the owner's private goal text and
the coach's private note text, which only the people allowed to see them may ever get.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.core import serializers
from django.db import transaction
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver

from coaching.models import CoachingLink, CoachNote, Invitation
from coaching.services import invitation_create
from tests.conftest import client_for
from tests.factories import make_entry
from tracker.models import DeletedEntry, Goal, Myth, ProteinEntry, RunEntry, User, WeightEntry

ACTORS = (
    "anonymous",
    "owner",
    "other_athlete",
    "active_coach",
    "former_coach",
    "unrelated_coach",
    "staff",
)
LOGIN = "login"  # expected: a redirect to the login page
GOAL_SECRET = "OWNER-PRIVATE-GOAL-7f3a"
NOTE_SECRET = "COACH-PRIVATE-NOTE-91c2"
MAY_SEE = {GOAL_SECRET: {"owner", "active_coach"}, NOTE_SECRET: {"active_coach"}}

# (namespace or None, url name) pairs the matrix skips on purpose; see the module docstring.
SKIPPED_NAMESPACES = {"admin"}
SKIPPED_NAMES = {"password_reset_confirm"}
# ...except the admin index, which is in the table under this key.
ADMIN_INDEX = "admin:index"


@dataclass
class World:
    owner: User
    other_athlete: User
    active_coach: User
    former_coach: User
    unrelated_coach: User
    staff: User
    weight: WeightEntry
    protein: ProteinEntry
    run: RunEntry
    goal: Goal
    myth: Myth
    link: CoachingLink
    former_link: CoachingLink
    note: CoachNote
    former_note: CoachNote
    invitation: Invitation
    deleted: DeletedEntry  # the owner's weigh-in deleted a moment ago, undo still open

    def user(self, actor: str) -> User | None:
        return None if actor == "anonymous" else getattr(self, actor)


pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker) -> Iterator[World]:
    """The matrix's world, built once per module (it serves several hundred requests) inside a
    transaction rolled back after the module's last test. Each test runs in a savepoint within
    it, so whatever a test changes (an ended link, an accepted invitation) is undone before the
    next test sees the world."""
    with django_db_blocker.unblock(), transaction.atomic():
        athlete = User.objects.create_user("ana@example.com", "pw", display_name="Ana")
        other_athlete = User.objects.create_user("otto@example.com", "pw", display_name="Otto")
        coach_user = User.objects.create_user(
            "cora@example.com", "pw", display_name="Cora", is_coach=True
        )
        staff_user = User.objects.create_user(
            "sam@example.com", "pw", display_name="Sam", is_staff=True, is_superuser=True
        )
        yield _build_world(athlete, other_athlete, coach_user, staff_user)
        transaction.set_rollback(True)


def _build_world(athlete: User, other_athlete: User, coach_user: User, staff_user: User) -> World:
    former = User.objects.create_user("finn@example.com", "pw", display_name="Finn", is_coach=True)
    unrelated = User.objects.create_user("uma@example.com", "pw", display_name="Uma", is_coach=True)
    today = athlete.local_today()
    weight = make_entry("weight", athlete, today)
    protein = make_entry("protein", athlete, today)
    run = make_entry("runs", athlete, today)
    myth = Myth.objects.create(
        slug="spot", title="Spot reduction", claim="c", reality="r", instead="i"
    )
    goal = Goal.objects.create(user=athlete, text=GOAL_SECRET, myth=myth)
    former_link = CoachingLink.objects.create(
        coach=former,
        athlete=athlete,
        started_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        ended_at=dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
        ended_by=athlete,
    )
    former_note = CoachNote.objects.create(coach=former, athlete=athlete, text=NOTE_SECRET)
    link = CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    gone = make_entry("weight", athlete, today - dt.timedelta(days=1))
    deleted = DeletedEntry.objects.create(
        user=athlete, metric="weight", data=serializers.serialize("json", [gone])
    )
    gone.delete()
    note = CoachNote.objects.create(coach=coach_user, athlete=athlete, text=NOTE_SECRET)
    return World(
        owner=athlete,
        other_athlete=other_athlete,
        active_coach=coach_user,
        former_coach=former,
        unrelated_coach=unrelated,
        staff=staff_user,
        weight=weight,
        protein=protein,
        run=run,
        goal=goal,
        myth=myth,
        link=link,
        former_link=former_link,
        note=note,
        former_note=former_note,
        invitation=invitation_create(coach=coach_user),
        deleted=deleted,
    )


@dataclass(frozen=True)
class Case:
    name: str  # the URL name ("admin:index" for the admin)
    method: str
    path: Callable[[World], str]
    expected: dict[str, int | str]
    data: dict[str, Any] | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}-{self.method}{'-' + self.label if self.label else ''}"


def everyone(code: int, *, anonymous: int | str = LOGIN) -> dict[str, int | str]:
    """The same answer for every logged-in actor."""
    return dict.fromkeys(ACTORS[1:], code) | {"anonymous": anonymous}


def only(allowed: dict[str, int], *, others: int = 404) -> dict[str, int | str]:
    """`allowed` actors get their code, everyone else logged in `others`, anonymous → login."""
    return everyone(others) | allowed


def path(template: str, **fields: str) -> Callable[[World], str]:
    """A path with placeholders filled from the world: path("/goals/{pk}/", pk="goal.pk")."""

    def build(world: World) -> str:
        values = {}
        for key, dotted in fields.items():
            value: Any = world
            for part in dotted.split("."):
                value = getattr(value, part)
            values[key] = value
        return template.format(**values)

    return build


def fixed(url: str) -> Callable[[World], str]:
    return lambda world: url


def batch_path(suffix: str = "") -> Callable[[World], str]:
    """The URL of an import preview the owner has waiting (created when the case runs)."""

    def build(world: World) -> str:
        from django.utils import timezone

        from tracker.models import ImportBatch

        batch = ImportBatch.objects.create(
            owner=world.owner,
            kind="body",
            filename="weights.csv",
            format_name="Generic CSV",
            payload={"weight": [{"line": 2, "day": "2024-01-02", "weight_kg": 80.0}]},
            expires_at=timezone.now() + dt.timedelta(hours=1),
        )
        return f"/data/import/body/{batch.pk}/{suffix}"

    return build


def job_path(world: World) -> str:
    """The status page of a background job the owner started (created when the case runs)."""
    from tracker.jobs.models import Job

    return Job.objects.create(owner=world.owner, label="Import", task_path="x").get_absolute_url()


def unsubscribe_path(world: World) -> str:
    """The owner's signed weigh-in unsubscribe link (the token is the credential)."""
    from tracker.reminders.unsubscribe import unsubscribe_token

    return f"/reminders/unsubscribe/{unsubscribe_token(world.owner, 'weigh_in')}/"


def photo_path(template: str) -> Callable[[World], str]:
    """A URL naming a progress photo of the owner (created when the case runs): {id} is the
    owner's id, {pk} the photo's."""

    def build(world: World) -> str:
        import io

        from PIL import Image

        from tracker.photo_processing import process_photo
        from tracker.photos import photos_save

        buffer = io.BytesIO()
        Image.new("RGB", (40, 60), (200, 120, 90)).save(buffer, "JPEG")
        processed = process_photo(io.BytesIO(buffer.getvalue()))
        (photo,) = photos_save(
            user=world.owner, day=world.owner.local_today(), photos={"front": processed}
        )
        return template.format(id=world.owner.pk, pk=photo.pk)

    return build


PUBLIC = everyone(200, anonymous=200)
SELF = everyone(200)  # the requester's own page
OWNER_ONLY = only({"owner": 200})
NOT_ALLOWED = everyone(405)  # wrong method, answered the same to everyone logged in

CASES: list[Case] = [
    # --- Public pages ---------------------------------------------------------------------------
    Case("landing", "GET", fixed("/"), everyone(302, anonymous=200)),  # signed in → home
    Case("healthz", "GET", fixed("/healthz/"), PUBLIC),  # load balancers; no data, no DB
    Case("healthz", "POST", fixed("/healthz/"), everyone(405, anonymous=405)),
    Case("manifest", "GET", fixed("/manifest.webmanifest"), PUBLIC),
    Case("service_worker", "GET", fixed("/sw.js"), PUBLIC),
    Case("service_worker", "POST", fixed("/sw.js"), everyone(405, anonymous=405)),
    Case("offline", "GET", fixed("/offline/"), PUBLIC),
    Case("myth_list", "GET", fixed("/myths/"), PUBLIC),
    Case("myth_detail", "GET", path("/myths/{slug}/", slug="myth.slug"), PUBLIC),
    # Public pages in another language: the same rules under the language prefix.
    Case("myth_list", "GET", fixed("/it/myths/"), PUBLIC, label="it"),
    Case("myth_detail", "GET", path("/de/myths/{slug}/", slug="myth.slug"), PUBLIC, label="de"),
    Case("login", "GET", fixed("/fr/accounts/login/"), everyone(302, anonymous=200), label="fr"),
    # The language switcher: POST only; anyone may change their own language.
    Case("set_language", "GET", fixed("/i18n/setlang/"), everyone(405, anonymous=405)),
    Case(
        "set_language",
        "POST",
        fixed("/i18n/setlang/"),
        everyone(302, anonymous=302),
        data={"language": "pt", "next": "/myths/"},
    ),
    Case("login", "GET", fixed("/accounts/login/"), everyone(302, anonymous=200)),
    Case("signup", "GET", fixed("/accounts/signup/"), everyone(302, anonymous=200)),
    # A made-up confirmation link: 400 "this link no longer works" for everyone.
    Case(
        "signup_activate",
        "GET",
        fixed("/accounts/signup/confirm/MQ/no-such-token/"),
        everyone(400, anonymous=400),
    ),
    Case("password_reset", "GET", fixed("/accounts/password/reset/"), PUBLIC),
    Case("password_reset_done", "GET", fixed("/accounts/password/reset/sent/"), PUBLIC),
    Case("password_reset_complete", "GET", fixed("/accounts/password/reset/complete/"), PUBLIC),
    Case("logout", "GET", fixed("/accounts/logout/"), everyone(405, anonymous=405)),
    Case("logout", "POST", fixed("/accounts/logout/"), everyone(302, anonymous=302)),
    # --- The requester's own pages --------------------------------------------------------------
    Case("password_change", "GET", fixed("/accounts/password/change/"), SELF),
    Case("password_change_done", "GET", fixed("/accounts/password/change/done/"), SELF),
    Case("settings", "GET", fixed("/settings/"), SELF),
    Case("delete_account", "GET", fixed("/settings/delete/"), SELF),
    Case("time_zone_update", "GET", fixed("/settings/time-zone/"), NOT_ALLOWED),
    Case("theme_update", "GET", fixed("/settings/appearance/"), everyone(405, anonymous=405)),
    Case(
        "theme_update",
        "POST",
        fixed("/settings/appearance/"),
        everyone(302, anonymous=302),  # a cookie for this browser, nobody's data
        data={"theme": "dark"},
    ),
    Case(
        "time_zone_update",
        "POST",
        fixed("/settings/time-zone/"),
        everyone(302),  # saves the requester's own zone and goes back
        data={"time_zone": "Pacific/Auckland"},
    ),
    Case("dashboard", "GET", fixed("/today/"), SELF),
    Case("quick_log_shell", "GET", fixed("/today/offline/"), SELF),
    Case("progress", "GET", fixed("/progress/"), SELF),
    # Each person's own table; an unknown chart is 404 for everyone.
    Case("progress_table", "GET", fixed("/progress/table/weight/"), SELF),
    Case("progress_table", "GET", fixed("/progress/table/nope/"), only({}), label="unknown"),
    Case("progress_table", "POST", fixed("/progress/table/weight/"), NOT_ALLOWED),
    Case("history", "GET", fixed("/history/weight/"), SELF),
    Case("history", "GET", fixed("/history/protein/"), SELF, label="protein"),
    Case("quick_log", "GET", fixed("/log/weight/"), NOT_ALLOWED),
    Case("quick_log", "POST", fixed("/log/weight/"), everyone(400), data={}),
    Case("goals", "GET", fixed("/goals/"), SELF),
    Case("goals", "POST", fixed("/goals/"), everyone(400), data={"text": ""}),
    Case("goal_check", "GET", fixed("/goals/check/?text=belly"), SELF),
    # --- The athlete's own objects: 404 for everyone else, the active coach included ---------
    Case("entry_edit", "GET", path("/history/weight/{pk}/edit/", pk="weight.pk"), OWNER_ONLY),
    Case(
        "entry_edit",
        "POST",
        path("/history/weight/{pk}/edit/", pk="weight.pk"),
        only({"owner": 400}),  # past the access check, then the form refuses the empty day
        data={"day": "", "weight": "79"},
    ),
    Case("entry_delete", "GET", path("/history/weight/{pk}/delete/", pk="weight.pk"), OWNER_ONLY),
    Case(
        "entry_delete",
        "POST",
        path("/history/protein/{pk}/delete/", pk="protein.pk"),
        only({"owner": 302}),
    ),
    Case("weigh_in_replace", "GET", path("/weigh-ins/{pk}/replace/", pk="weight.pk"), NOT_ALLOWED),
    Case(
        "weigh_in_replace",
        "POST",
        path("/weigh-ins/{pk}/replace/", pk="weight.pk"),
        # Everyone else at the entry; the owner at the missing correction to keep (the
        # owner's replace itself: tests/test_weigh_in_times.py).
        everyone(404),
        data={"keep": "0"},
    ),
    Case("entry_undo", "GET", path("/history/weight/undo/{pk}/", pk="deleted.pk"), NOT_ALLOWED),
    Case(
        "entry_undo",
        "POST",
        path("/history/weight/undo/{pk}/", pk="deleted.pk"),
        only({"owner": 302}),
    ),
    Case("run_effort", "GET", path("/runs/{pk}/effort/", pk="run.pk"), NOT_ALLOWED),
    Case(
        "run_effort",
        "POST",
        path("/runs/{pk}/effort/", pk="run.pk"),
        only({"owner": 302}),  # a coach reads runs but never sets their effort: 404 like others
        data={"effort": "5"},
    ),
    Case("goal_edit", "GET", path("/goals/{pk}/edit/", pk="goal.pk"), OWNER_ONLY),
    Case(
        "goal_edit",
        "POST",
        path("/goals/{pk}/edit/", pk="goal.pk"),
        only({"owner": 400}),
        data={"text": ""},
    ),
    Case("goal_status", "GET", path("/goals/{pk}/status/", pk="goal.pk"), NOT_ALLOWED),
    Case(
        "goal_status",
        "POST",
        path("/goals/{pk}/status/", pk="goal.pk"),
        only({"owner": 302}),
        data={"status": "achieved"},
    ),
    Case("goal_dismiss", "GET", path("/goals/{pk}/dismiss/", pk="goal.pk"), NOT_ALLOWED),
    Case("goal_dismiss", "POST", path("/goals/{pk}/dismiss/", pk="goal.pk"), only({"owner": 302})),
    Case("goal_delete", "GET", path("/goals/{pk}/delete/", pk="goal.pk"), OWNER_ONLY),
    Case("goal_delete", "POST", path("/goals/{pk}/delete/", pk="goal.pk"), only({"owner": 302})),
    # --- Progress photos: the owner through /photos/, the active coach through the client URLs;
    # 404 for everyone else, former coaches and staff included.
    Case("measurements", "GET", fixed("/measurements/"), SELF),
    Case("measurements", "POST", fixed("/measurements/"), everyone(400), data={}),
    Case("history", "GET", fixed("/history/measurements/"), SELF, label="measurements"),
    Case("photos", "GET", fixed("/photos/"), SELF),
    Case("photos", "POST", fixed("/photos/"), everyone(400), data={}),
    Case("photo_file", "GET", photo_path("/photos/{pk}/full/"), OWNER_ONLY),
    Case("photo_file", "GET", photo_path("/photos/{pk}/thumb/"), OWNER_ONLY, label="thumb"),
    Case("photo_file", "POST", photo_path("/photos/{pk}/full/"), NOT_ALLOWED),
    Case("photo_delete", "GET", photo_path("/photos/{pk}/delete/"), NOT_ALLOWED),
    Case("photo_delete", "POST", photo_path("/photos/{pk}/delete/"), only({"owner": 302})),
    Case(
        "client_photos",
        "GET",
        path("/coach/clients/{id}/photos/", id="owner.pk"),
        only({"active_coach": 200}),
    ),
    Case(
        "client_photos",
        "POST",
        path("/coach/clients/{id}/photos/", id="owner.pk"),
        only({"active_coach": 403}),
    ),
    Case(
        "client_photo_file",
        "GET",
        photo_path("/coach/clients/{id}/photos/{pk}/full/"),
        only({"active_coach": 200}),
    ),
    Case(
        "client_photo_file",
        "GET",
        photo_path("/coach/clients/{id}/photos/{pk}/thumb/"),
        only({"active_coach": 200}),
        label="thumb",
    ),
    # --- Coach pages ----------------------------------------------------------------------------
    Case("roster", "GET", fixed("/coach/"), SELF),
    Case("roster", "POST", fixed("/coach/"), NOT_ALLOWED),
    Case(
        "client_detail",
        "GET",
        path("/coach/clients/{id}/", id="owner.pk"),
        only({"active_coach": 200}),
    ),
    Case(
        "client_detail",
        "POST",
        path("/coach/clients/{id}/", id="owner.pk"),
        only({"active_coach": 403}),  # read-only actor writing: 403; strangers: 404
    ),
    Case(
        "client_detail",
        "GET",
        path("/coach/clients/{id}/", id="other_athlete.pk"),
        only({}),
        label="not-a-client",
    ),
    Case(
        "client_table",
        "GET",
        path("/coach/clients/{id}/table/weight/", id="owner.pk"),
        only({"active_coach": 200}),
    ),
    Case(
        "client_table",
        "POST",
        path("/coach/clients/{id}/table/weight/", id="owner.pk"),
        NOT_ALLOWED,
    ),
    Case("note_create", "GET", path("/coach/clients/{id}/notes/", id="owner.pk"), NOT_ALLOWED),
    Case(
        "note_create",
        "POST",
        path("/coach/clients/{id}/notes/", id="owner.pk"),
        only({"active_coach": 302}),
        data={"text": "hello"},
    ),
    Case(
        "note_edit",
        "GET",
        path("/coach/clients/{id}/notes/{pk}/edit/", id="owner.pk", pk="note.pk"),
        only({"active_coach": 200}),
    ),
    Case(
        "note_edit",
        "POST",
        path("/coach/clients/{id}/notes/{pk}/edit/", id="owner.pk", pk="note.pk"),
        only({"active_coach": 302}),
        data={"text": "edited"},
    ),
    Case(
        "note_edit",
        "GET",
        path("/coach/clients/{id}/notes/{pk}/edit/", id="owner.pk", pk="former_note.pk"),
        only({}),  # the former coach's own note: access ended with the link
        label="former-coach-note",
    ),
    Case(
        "note_delete",
        "GET",
        path("/coach/clients/{id}/notes/{pk}/delete/", id="owner.pk", pk="note.pk"),
        only({"active_coach": 200}),
    ),
    Case(
        "note_delete",
        "POST",
        path("/coach/clients/{id}/notes/{pk}/delete/", id="owner.pk", pk="note.pk"),
        only({"active_coach": 302}),
    ),
    Case(
        "note_delete",
        "POST",
        path("/coach/clients/{id}/notes/{pk}/delete/", id="owner.pk", pk="former_note.pk"),
        only({}),
        label="former-coach-note",
    ),
    Case("invitations", "GET", fixed("/coach/invitations/"), SELF),
    Case(
        "invitations",
        "POST",
        fixed("/coach/invitations/"),
        # Creating one needs coach mode: athletes and staff get the form back with the reason.
        everyone(400) | {"active_coach": 302, "former_coach": 302, "unrelated_coach": 302},
        data={"email": "", "message": ""},
    ),
    Case(
        "invitation_revoke",
        "GET",
        path("/coach/invitations/{pk}/withdraw/", pk="invitation.pk"),
        NOT_ALLOWED,
    ),
    Case(
        "invitation_revoke",
        "POST",
        path("/coach/invitations/{pk}/withdraw/", pk="invitation.pk"),
        only({"active_coach": 302}),
    ),
    Case(
        "invitation_respond",
        "GET",
        path("/coach/invite/{token}/", token="invitation.token"),
        SELF,  # the token is the credential
    ),
    Case(
        "invitation_respond",
        "POST",
        path("/coach/invite/{token}/", token="invitation.token"),
        # The owner already has this coach, and the coach can't accept their own invitation.
        everyone(302) | {"owner": 400, "active_coach": 400},
        data={"answer": "accept"},
    ),
    Case(
        "invitation_respond",
        "GET",
        fixed("/coach/invite/no-such-token/"),
        everyone(404),
        label="unknown",
    ),
    Case("my_coach", "GET", fixed("/coach/my-coach/"), SELF),
    Case(
        "link_end",
        "GET",
        path("/coach/links/{pk}/end/", pk="link.pk"),
        only({"owner": 200, "active_coach": 200}),
    ),
    Case(
        "link_end",
        "POST",
        path("/coach/links/{pk}/end/", pk="link.pk"),
        only({"owner": 302, "active_coach": 302}),
    ),
    Case(
        "link_end",
        "POST",
        path("/coach/links/{pk}/end/", pk="former_link.pk"),
        only({}),  # already ended: nothing to end for anyone
        label="ended",
    ),
    # --- Import and export: the requester's own data only -------------------------------------
    Case("data_hub", "GET", fixed("/data/"), SELF),
    Case("import_upload", "GET", fixed("/data/import/body/"), SELF),
    Case("import_upload", "POST", fixed("/data/import/runs/"), everyone(400), data={}),
    Case("import_upload", "GET", fixed("/data/import/nope/"), everyone(404), label="unknown"),
    Case("import_preview", "GET", batch_path(), OWNER_ONLY),
    Case("import_confirm", "GET", batch_path("confirm/"), NOT_ALLOWED),
    Case("import_confirm", "POST", batch_path("confirm/"), only({"owner": 302})),
    Case("import_cancel", "GET", batch_path("cancel/"), NOT_ALLOWED),
    Case("import_cancel", "POST", batch_path("cancel/"), only({"owner": 302})),
    Case("export_download", "GET", fixed("/data/export/"), SELF),  # each gets their own data
    Case(
        "client_export",
        "GET",
        path("/coach/clients/{id}/export/", id="owner.pk"),
        only({"active_coach": 200}),
    ),
    Case("client_export", "POST", path("/coach/clients/{id}/export/", id="owner.pk"), NOT_ALLOWED),
    # --- Background jobs: only the person who started one sees it ------------------------------
    Case("job_status", "GET", job_path, OWNER_ONLY),
    Case("job_status", "POST", job_path, NOT_ALLOWED),
    # --- Reminders: one's own choices; unsubscribe links work for whoever holds them ---------
    Case("reminder_settings", "GET", fixed("/reminders/"), SELF),
    Case("reminder_settings", "POST", fixed("/reminders/"), everyone(400), data={}),
    Case("reminder_unsubscribe", "GET", unsubscribe_path, PUBLIC),  # asks; changes nothing
    Case("reminder_unsubscribe", "POST", unsubscribe_path, PUBLIC),  # mail clients' one-click
    Case(
        "reminder_unsubscribe",
        "POST",
        fixed("/reminders/unsubscribe/not-a-signed-token/"),
        everyone(404, anonymous=404),
        label="forged",
    ),
    # --- Admin: only the index; the rest is Django's own (see SKIPPED_*) --------------------
    Case(ADMIN_INDEX, "GET", fixed("/admin/"), everyone(302, anonymous=302) | {"staff": 200}),
]


def _url_names(
    patterns: list, namespace: str | None = None, prefix: str = ""
) -> list[tuple[str | None, str | None, str]]:
    """(namespace, name, route) of every URL pattern, walking includes recursively; a name
    inside a namespace is "ns:name", an unnamed pattern has name None."""
    found: list[tuple[str | None, str | None, str]] = []
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += _url_names(pattern.url_patterns, pattern.namespace or namespace, route)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if pattern.name and namespace else pattern.name
            found.append((namespace, name, route))
    return found


def _uncovered(urlpatterns: list) -> tuple[set[str], set[str]]:
    """(routes without a case, cases without a route); an unnamed route is always uncovered."""
    routes = {
        name or f"unnamed /{route}"
        for namespace, name, route in _url_names(urlpatterns)
        if name == ADMIN_INDEX
        or (namespace not in SKIPPED_NAMESPACES and name not in SKIPPED_NAMES)
    }
    covered = {case.name for case in CASES}
    return routes - covered, covered - routes


def _response_text(response) -> str:
    """The body as text; for a ZIP download, the text of every file inside it, so exports are
    checked for secrets like pages are."""
    if response.get("Content-Type") == "application/zip":
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8-sig")
                for name in archive.namelist()
                if not name.endswith(".jpg")  # photos: pixels only, no text to leak
            )
    if response.get("Content-Type") == "image/jpeg":
        return ""
    return response.content.decode()


def test_every_url_pattern_is_covered():
    missing, stale = _uncovered(get_resolver().url_patterns)
    assert missing == set(), "New routes need rows in CASES (who may use them?)"
    assert stale == set(), "CASES names routes that no longer exist"


def test_a_new_route_without_a_case_fails_the_matrix():
    from django.urls import include
    from django.urls import path as route

    from tracker.urls import urlpatterns

    extra = [
        route("export/", lambda request: None, name="export"),
        route("coach/x/", include([route("y/", lambda request: None)])),
    ]
    missing, stale = _uncovered(urlpatterns + extra)
    assert missing == {"export", "unnamed /coach/x/y/"} and stale == set()


def test_every_case_lists_every_actor():
    for case in CASES:
        assert set(case.expected) == set(ACTORS), case.id


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_permission_matrix(world, case: Case, actor: str):
    client = client_for(world.user(actor))
    url = case.path(world)
    response = client.get(url) if case.method == "GET" else client.post(url, case.data or {})
    expected = case.expected[actor]
    if expected == LOGIN:
        assert response.status_code == 302, (case.id, actor, response.status_code)
        # GETs come back to the page; a form posted without a session comes back to the page
        # it was on (Referer), or to the login page alone when there is none.
        login_url = resolve_url(settings.LOGIN_URL)
        if case.method == "GET":
            assert response["Location"].startswith(login_url + "?next=")
        else:
            assert response["Location"] == login_url
    else:
        assert response.status_code == expected, (case.id, actor, response.status_code)
    if response.status_code == 200:
        body = _response_text(response)
        for secret, allowed in MAY_SEE.items():
            if actor not in allowed:
                assert secret not in body, f"{case.id}: {actor} saw {secret}"


# --- Specific rules from the issue ---------------------------------------------------------------


def test_coach_loses_access_at_once_when_the_athlete_ends_the_link(world):
    coach = client_for(world.active_coach)
    client_url = f"/coach/clients/{world.owner.pk}/"
    note_url = f"/coach/clients/{world.owner.pk}/notes/{world.note.pk}/edit/"
    assert coach.get(client_url).status_code == 200
    assert client_for(world.owner).post(f"/coach/links/{world.link.pk}/end/").status_code == 302
    assert coach.get(client_url).status_code == 404
    assert coach.get(note_url).status_code == 404
    assert coach.post(f"/coach/clients/{world.owner.pk}/notes/", {"text": "x"}).status_code == 404
    assert f"/coach/clients/{world.owner.pk}/" not in coach.get("/coach/").content.decode()


def test_coach_cannot_accept_own_invitation(world):
    url = f"/coach/invite/{world.invitation.token}/"
    response = client_for(world.active_coach).post(url, {"answer": "accept"})
    assert response.status_code == 400
    assert "own invitation" in response.content.decode()
    assert not CoachingLink.objects.filter(athlete=world.active_coach).exists()


def test_spent_invitation_cannot_be_reused(world):
    url = f"/coach/invite/{world.invitation.token}/"
    assert client_for(world.other_athlete).post(url, {"answer": "accept"}).status_code == 302
    response = client_for(world.unrelated_coach).post(url, {"answer": "accept"})
    assert response.status_code == 400
    assert not CoachingLink.objects.filter(athlete=world.unrelated_coach).exists()


def test_expired_invitation_cannot_be_used(world, time_machine):
    time_machine.move_to(world.invitation.expires_at + dt.timedelta(seconds=1))
    url = f"/coach/invite/{world.invitation.token}/"
    response = client_for(world.other_athlete).post(url, {"answer": "accept"})
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert not CoachingLink.objects.filter(athlete=world.other_athlete).exists()
