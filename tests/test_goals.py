"""Goal pages: create, edit, status, dismiss and delete (plain and htmx), owner-only access, target
bounds in the user's units, the stored myth verdict, constant query counts, and the demo data."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from tests.conftest import client_for
from tracker import myths
from tracker.models import Goal, Myth, User

MYTH_TEXT = "lose my belly fat with crunches"
OTHER_MYTH_TEXT = "quitar la papada"
OK_TEXT = "run a sub-25 5k"


def post_goal(client, text: str, **fields: str):
    data = {"text": text, "target_kind": "", "target_value": "", "target_date": ""}
    data.update(fields)
    return client.post(reverse("goals"), data)


def make_goal(user: User, text: str, **fields) -> Goal:
    """A goal saved the way the views save it (verdict applied)."""
    goal = Goal(user=user, text=text)
    myths.apply_verdict(goal, myths.warning_for_text(text))
    for name, value in fields.items():
        setattr(goal, name, value)
    goal.save()
    return goal


# --- create ---------------------------------------------------------------------------------------


def test_create_plain_goal(athlete_client, athlete):
    response = post_goal(athlete_client, "Build bigger glutes")
    assert response.status_code == 302
    assert response["Location"] == reverse("goals")
    goal = Goal.objects.get(user=athlete)
    assert goal.text == "Build bigger glutes"
    assert goal.myth is None
    assert goal.status == Goal.Status.ACTIVE
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Build bigger glutes" in page
    assert "Myth warning" not in page


def test_create_myth_goal_is_saved_with_message(athlete_client, athlete):
    response = athlete_client.post(
        reverse("goals"),
        {"text": MYTH_TEXT, "target_kind": "", "target_value": "", "target_date": ""},
        follow=True,
    )
    assert response.status_code == 200
    assert "Have a look at the note about it below." in response.content.decode()
    goal = Goal.objects.get(user=athlete)
    assert goal.myth.slug == "spot-reduction-exercise"
    assert goal.has_active_warning


def test_text_is_whitespace_normalised_and_too_short_rejected(athlete_client, athlete):
    response = post_goal(athlete_client, "  ab ")
    assert response.status_code == 400
    assert "Describe your goal in a few words." in response.content.decode()
    assert not Goal.objects.exists()
    post_goal(athlete_client, "  run   a  10k  ")
    assert Goal.objects.get(user=athlete).text == "run a 10k"


def test_invalid_form_keeps_live_warning_and_saves_nothing(athlete_client):
    response = post_goal(athlete_client, MYTH_TEXT, target_kind="weight", target_value="")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter the target number, or choose “No number”." in page
    assert 'class="myth-warning"' in page
    assert not Goal.objects.exists()


# --- target bounds --------------------------------------------------------------------------------


def test_weight_target_in_pounds_is_stored_in_kg(athlete):
    athlete.weight_unit = "lb"
    athlete.save()
    client = client_for(athlete)
    response = post_goal(client, "Get to 165 lb", target_kind="weight", target_value="165")
    assert response.status_code == 302
    goal = Goal.objects.get(user=athlete)
    assert goal.target_value == pytest.approx(74.84, abs=0.01)
    page = client.get(reverse("goals")).content.decode()
    assert "165.0 lb" in page
    edit = client.get(reverse("goal_edit", args=[goal.pk])).content.decode()
    assert 'value="165.0"' in edit


def test_run_target_in_miles_is_stored_in_km(athlete):
    athlete.distance_unit = "mi"
    athlete.save()
    client = client_for(athlete)
    post_goal(client, "Run a half marathon", target_kind="run", target_value="13.1")
    assert Goal.objects.get(user=athlete).target_value == pytest.approx(21.08, abs=0.01)


@pytest.mark.parametrize(
    ("unit", "kind", "value", "message"),
    [
        ("kg", "weight", "20", "A weight target must be between 25 and 350 kg."),
        ("lb", "weight", "40", "A weight target must be between 55.1 and 771.6 lb."),
        ("kg", "body_fat", "80", "A body-fat target must be between 2 and 75 %."),
        ("kg", "run", "300", "A run target must be between 0.1 and 250 km."),
        ("kg", "protein", "0", "A protein target must be between 1 and 500 g a day."),
        ("kg", "protein", "501", "A protein target must be between 1 and 500 g a day."),
        ("kg", "weight", "", "Enter the target number, or choose “No number”."),
        ("kg", "run", "", "Enter the target number, or choose “No number”."),
    ],
)
def test_target_out_of_bounds_or_missing(athlete, unit, kind, value, message):
    athlete.weight_unit = unit
    athlete.save()
    response = post_goal(client_for(athlete), "A goal", target_kind=kind, target_value=value)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Goal.objects.exists()


def test_value_without_kind_is_dropped(athlete_client, athlete):
    post_goal(athlete_client, "Just feel better", target_value="12")
    assert Goal.objects.get(user=athlete).target_value is None


def test_target_date_before_1990_rejected(athlete_client):
    response = post_goal(athlete_client, "Run a 10k", target_date="1989-12-31")
    assert response.status_code == 400
    assert "Dates before 1 January 1990 can&#x27;t be used." in response.content.decode()
    assert not Goal.objects.exists()


# --- edit and the verdict -------------------------------------------------------------------------


def edit(client, goal: Goal, text: str, **fields: str):
    data = {"text": text, "target_kind": "", "target_value": "", "target_date": ""}
    data.update(fields)
    return client.post(reverse("goal_edit", args=[goal.pk]), data)


def test_edit_page_shows_stored_warning_without_dismiss_form(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    page = athlete_client.get(reverse("goal_edit", args=[goal.pk])).content.decode()
    assert 'class="myth-warning"' in page
    # The card sits inside the edit form: a nested "I know" form would be invalid HTML and
    # would submit the edit form instead.
    assert reverse("goal_dismiss", args=[goal.pk]) not in page
    assert "I know — hide this" not in page
    assert "Use this wording" in page  # same card as the live check on this page


def test_edit_myth_to_ok_clears_verdict(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    goal.myth_dismissed_at = timezone.now()
    goal.save()
    assert edit(athlete_client, goal, OK_TEXT).status_code == 302
    goal.refresh_from_db()
    assert goal.text == OK_TEXT
    assert goal.myth is None
    assert goal.myth_area == goal.myth_language == ""
    assert goal.myth_triggers == []
    assert goal.myth_dismissed_at is None


def test_edit_ok_to_myth_sets_verdict(athlete_client, athlete):
    goal = make_goal(athlete, OK_TEXT)
    assert goal.myth is None
    edit(athlete_client, goal, "dimagrire le cosce")
    goal.refresh_from_db()
    assert goal.myth.slug == "spot-reduction-exercise"
    assert goal.myth_area == "thighs"
    assert goal.myth_language == "it"
    assert goal.myth_triggers


def test_edit_invalid_shows_errors_and_keeps_goal(athlete_client, athlete):
    goal = make_goal(athlete, OK_TEXT)
    response = edit(athlete_client, goal, "x" * 301)
    assert response.status_code == 400
    goal.refresh_from_db()
    assert goal.text == OK_TEXT


def test_edit_invalid_checks_only_the_first_300_chars(athlete_client, athlete):
    # The detector's cost grows faster than the text; a huge POST must not be analysed whole.
    goal = make_goal(athlete, OK_TEXT)
    response = edit(athlete_client, goal, "a" * 300 + " lose my belly fat" * 20)
    assert response.status_code == 400
    assert 'class="myth-warning"' not in response.content.decode()
    response = edit(athlete_client, goal, "lose my belly fat " + "a" * 300)
    assert 'class="myth-warning"' in response.content.decode()


def test_edit_with_same_myth_keeps_dismissal(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    athlete_client.post(reverse("goal_dismiss", args=[goal.pk]))
    edit(athlete_client, goal, MYTH_TEXT, target_date="2030-06-01")
    goal.refresh_from_db()
    assert goal.myth_dismissed_at is not None
    assert not goal.has_active_warning


def test_edit_to_a_different_myth_resets_dismissal(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    athlete_client.post(reverse("goal_dismiss", args=[goal.pk]))
    edit(athlete_client, goal, OTHER_MYTH_TEXT)
    goal.refresh_from_db()
    assert goal.myth.slug == "double-chin"
    assert goal.myth_dismissed_at is None
    assert goal.has_active_warning
    assert list(Goal.objects.flagged()) == [goal]


# --- "I know" -------------------------------------------------------------------------------------


def test_dismiss_hides_card_and_badge(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    before = athlete_client.get(reverse("goals")).content.decode()
    assert "Myth warning" in before
    assert 'class="myth-warning"' in before
    assert reverse("goal_dismiss", args=[goal.pk]) in before
    assert list(Goal.objects.flagged()) == [goal]

    response = athlete_client.post(reverse("goal_dismiss", args=[goal.pk]))
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.myth_dismissed_at is not None
    assert goal.myth.slug == "spot-reduction-exercise"  # the verdict stays, only hidden
    after = athlete_client.get(reverse("goals")).content.decode()
    assert "Myth warning" not in after
    assert 'class="myth-warning"' not in after
    assert "Noted" in after
    assert "we won&#x27;t show that note for this goal again" in after
    assert not Goal.objects.flagged().exists()


def test_dismiss_htmx_returns_goal_item(athlete_client, athlete, htmx_headers):
    goal = make_goal(athlete, MYTH_TEXT)
    response = athlete_client.post(reverse("goal_dismiss", args=[goal.pk]), **htmx_headers)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert body.strip().startswith(f'<li class="goal-item " id="goal-{goal.pk}"')
    assert "Noted" in body
    assert "Myth warning" not in body
    assert 'class="myth-warning"' not in body
    goal.refresh_from_db()
    assert goal.myth_dismissed_at is not None


def test_dismiss_needs_post(athlete_client, athlete):
    goal = make_goal(athlete, MYTH_TEXT)
    assert athlete_client.get(reverse("goal_dismiss", args=[goal.pk])).status_code == 405


def test_flagged_only_active_undismissed_myth_goals(athlete, other_athlete):
    flagged = make_goal(athlete, MYTH_TEXT)
    make_goal(athlete, OK_TEXT)
    make_goal(athlete, MYTH_TEXT, myth_dismissed_at=timezone.now())
    make_goal(athlete, MYTH_TEXT, status=Goal.Status.ARCHIVED)
    other = make_goal(other_athlete, OTHER_MYTH_TEXT)
    assert set(Goal.objects.flagged()) == {flagged, other}
    assert list(Goal.objects.filter(user=athlete).flagged()) == [flagged]


# --- status and delete ----------------------------------------------------------------------------


def test_status_plain_and_htmx(athlete_client, athlete, htmx_headers):
    goal = make_goal(athlete, OK_TEXT)
    url = reverse("goal_status", args=[goal.pk])
    response = athlete_client.post(url, {"status": "achieved"})
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.status == Goal.Status.ACHIEVED

    response = athlete_client.post(url, {"status": "active"}, **htmx_headers)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert f'id="goal-{goal.pk}"' in body
    assert "Mark achieved" in body
    goal.refresh_from_db()
    assert goal.status == Goal.Status.ACTIVE

    response = athlete_client.post(url, {"status": "archived"}, **htmx_headers)
    assert "Archived" in response.content.decode()
    assert "Reactivate" in response.content.decode()


def test_unknown_status_is_rejected(athlete_client, athlete):
    goal = make_goal(athlete, OK_TEXT)
    response = athlete_client.post(
        reverse("goal_status", args=[goal.pk]), {"status": "won"}, follow=True
    )
    assert "Unknown goal status." in response.content.decode()
    goal.refresh_from_db()
    assert goal.status == Goal.Status.ACTIVE


def test_active_goals_listed_first(athlete_client, athlete):
    make_goal(athlete, "Old active goal")
    make_goal(athlete, "Archived goal", status=Goal.Status.ARCHIVED)
    page = athlete_client.get(reverse("goals")).content.decode()
    assert page.index("Old active goal") < page.index("Archived goal")


def test_delete_confirm_page_then_plain_post(athlete_client, athlete):
    goal = make_goal(athlete, "Run <b>far</b>")
    page = athlete_client.get(reverse("goal_delete", args=[goal.pk])).content.decode()
    assert "Delete this goal?" in page
    assert "Run &lt;b&gt;far&lt;/b&gt;" in page
    response = athlete_client.post(reverse("goal_delete", args=[goal.pk]), follow=True)
    assert "Goal deleted." in response.content.decode()
    assert not Goal.objects.exists()


def test_delete_htmx_returns_empty(athlete_client, athlete, htmx_headers):
    goal = make_goal(athlete, MYTH_TEXT)
    response = athlete_client.post(reverse("goal_delete", args=[goal.pk]), **htmx_headers)
    assert response.status_code == 200
    assert response.content == b""
    assert not Goal.objects.exists()


@pytest.mark.parametrize(
    ("name", "method", "data"),
    [
        ("goal_edit", "get", {}),
        ("goal_edit", "post", {"text": "mine now"}),
        ("goal_status", "post", {"status": "archived"}),
        ("goal_dismiss", "post", {}),
        ("goal_delete", "get", {}),
        ("goal_delete", "post", {}),
    ],
)
def test_someone_elses_goal_is_404(other_athlete, athlete, name, method, data):
    goal = make_goal(athlete, MYTH_TEXT)
    client = client_for(other_athlete)
    response = getattr(client, method)(reverse(name, args=[goal.pk]), data)
    assert response.status_code == 404
    fresh = Goal.objects.get(pk=goal.pk)
    assert fresh.text == MYTH_TEXT
    assert fresh.status == Goal.Status.ACTIVE
    assert fresh.myth_dismissed_at is None


def test_other_users_goals_not_listed(athlete_client, other_athlete):
    make_goal(other_athlete, "Otto's secret goal")
    assert "secret goal" not in athlete_client.get(reverse("goals")).content.decode()


@pytest.mark.parametrize("name", ["goals", "goal_check"])
def test_anonymous_redirected_to_login(db, name):
    response = client_for(None).get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


# --- escaping -------------------------------------------------------------------------------------


def test_goal_text_is_escaped_on_goals_page(athlete_client, athlete):
    text = "<script>alert(1)</script> lose my belly fat"
    post_goal(athlete_client, text)
    goal = Goal.objects.get(user=athlete)
    assert goal.text == text
    assert goal.myth is not None
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; lose my belly fat" in page


def test_invalid_post_echoes_text_escaped(athlete_client):
    text = '"><script>alert(1)</script>' + "x" * 300
    page = post_goal(athlete_client, text).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&quot;&gt;&lt;script&gt;" in page


# --- query counts ---------------------------------------------------------------------------------


def _queries_for_goals_page(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("goals"))
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _add_goals(user: User, count: int) -> None:
    spot, chin = (
        Myth.objects.get(slug="spot-reduction-exercise"),
        Myth.objects.get(slug="double-chin"),
    )
    goals = []
    for i in range(count):
        goal = Goal(user=user, text=f"goal {i}", target_kind="weight", target_value=70)
        if i % 3 == 0:
            goal.myth, goal.myth_area, goal.myth_language = spot, "belly", "en"
            goal.myth_triggers = ["belly", "fat"]
        elif i % 3 == 1:
            goal.myth, goal.myth_area, goal.myth_language = chin, "chin_face", "es"
            goal.myth_triggers = ["papada"]
            goal.myth_dismissed_at = timezone.now() if i % 2 else None
        goals.append(goal)
    Goal.objects.bulk_create(goals)


def test_goals_page_query_count_is_constant(athlete, other_athlete):
    _add_goals(athlete, 3)
    _add_goals(other_athlete, 30)
    few = _queries_for_goals_page(client_for(athlete))
    many = _queries_for_goals_page(client_for(other_athlete))
    assert few == many
    # session, user, goals with their myths, the myths' translations; the area follow-up card:
    # area goals, measurements, weigh-ins; the summary behind the targets' progress (five)
    assert many <= 12


# --- demo data ------------------------------------------------------------------------------------


def _row_counts() -> dict[str, int]:
    from coaching.models import CoachingLink, CoachNote
    from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry

    models = (User, Goal, WeightEntry, BodyFatEntry, RunEntry, ProteinEntry)
    counts = {m.__name__: m.objects.count() for m in models}
    counts["links"] = CoachingLink.objects.count()
    counts["notes"] = CoachNote.objects.count()
    return counts


def test_demo_data_flags_the_belly_goal_and_is_idempotent(db):
    call_command("demo_data", stdout=io.StringIO())
    first = _row_counts()
    goal = Goal.objects.get(
        user__email="athlete@demo.wholebody.app", text="Lose my belly fat with crunches"
    )
    assert goal.myth.slug == "spot-reduction-exercise"
    assert goal.myth_area == "belly"
    assert goal.has_active_warning
    run_goal = Goal.objects.get(user__email="athlete@demo.wholebody.app", text__startswith="Run")
    assert run_goal.myth is None
    call_command("demo_data", stdout=io.StringIO())
    assert _row_counts() == first


def test_expired_session_on_live_check_redirects_the_whole_page(db, client):
    response = client.get("/goals/check/?text=belly+fat", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/accounts/login/")
    assert b"<html" not in response.content


def test_finished_goal_no_longer_shows_its_warning(athlete, athlete_client):
    athlete_client.post("/goals/", {"text": "lose my belly fat with crunches", "target_kind": ""})
    goal = athlete.goals.get()
    assert goal.has_active_warning
    athlete_client.post(f"/goals/{goal.pk}/status/", {"status": "archived"})
    goal.refresh_from_db()
    assert not goal.has_active_warning
    assert "Myth warning" not in athlete_client.get("/goals/").content.decode()


def test_goal_warnings_are_short_notes_and_the_myth_page_has_the_full_card(athlete_client):
    text = "lose my belly fat with crunches"
    post_goal(athlete_client, text)
    myth = Myth.objects.get(slug="spot-reduction-exercise")
    for page in (
        athlete_client.get(reverse("goals")).content.decode(),
        athlete_client.get(reverse("goal_check"), {"text": text}).content.decode(),
    ):
        assert "myth-warning" in page and "<mark>" in page  # the trigger words
        assert 'href="/myths/spot-reduction-exercise/"' in page  # read more
        assert escape(myth.reality) not in page and escape(myth.claim) not in page
    full = athlete_client.get("/myths/spot-reduction-exercise/").content.decode()
    assert escape(myth.reality) in full
