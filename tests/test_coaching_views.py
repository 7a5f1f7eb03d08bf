"""Tests for the coach's pages and the athlete's side of a link: client page, private notes,
invitations (create, email, answer) and "My coach"."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from coaching import services
from coaching.models import CoachingLink, CoachNote, Invitation
from tests.conftest import client_for
from tests.test_coaching_roster import add_data
from tracker.models import BodyFatEntry, Goal, Myth, User

NOW = dt.datetime(2025, 3, 31, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def link(coach_user, athlete) -> CoachingLink:
    return CoachingLink.objects.create(coach=coach_user, athlete=athlete)


@pytest.fixture
def coach(coach_user, link):
    return client_for(coach_user)


# --- Client page -------------------------------------------------------------------------------


def test_client_page_shows_charts_cards_goals_and_flags(coach, athlete):
    add_data(athlete, kg_per_week=-1.4)
    for n in (2, 9, 16):
        BodyFatEntry.objects.create(user=athlete, day=NOW.date() - dt.timedelta(days=n), percent=25)
    myth = Myth.objects.create(
        slug="spot", title="Spot reduction", claim="c", reality="r", instead="i"
    )
    Goal.objects.create(user=athlete, text="tone my <arms>", myth=myth, myth_area="arms")
    response = coach.get(reverse("client_detail", args=[athlete.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for key in ("weight", "composition", "body-fat", "protein", "running"):
        figure_id = f"client-fig-{key}"
        assert f'data-figure="{figure_id}"' in html
        match = re.search(rf'<script id="{figure_id}" type="application/json">(.*?)</script>', html)
        figure = json.loads(match.group(1))
        assert "data" in figure and "layout" in figure
    assert 'id="plot-config"' in html
    assert "plotly-basic-3.7.0.min.js" in html and "js/charts.js" in html
    # No inline scripts: every <script> is either external or JSON data.
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag
    assert "Losing fast" in html and "Spot-reduction goal" in html
    assert "Myth: spot reduction" in html
    assert "tone my &lt;arms&gt;" in html
    assert "Trend weight" in html and "28-day rate" in html
    assert "Log today" not in html  # read-only: no logging links for the coach


def test_client_page_range_selector(coach, athlete):
    add_data(athlete)
    html = coach.get(reverse("client_detail", args=[athlete.pk]), {"range": "4w"}).content.decode()
    assert re.search(r'href="\?range=4w"[^>]*aria-current="page"', html)
    # An unknown range falls back instead of failing.
    assert coach.get(reverse("client_detail", args=[athlete.pk]), {"range": "x"}).status_code == 200


def test_client_page_works_without_any_data(coach, athlete):
    html = coach.get(reverse("client_detail", args=[athlete.pk])).content.decode()
    assert "Nothing logged yet" in html


def test_range_switch_with_htmx_returns_only_the_charts(coach, athlete, htmx_headers):
    add_data(athlete)
    url = reverse("client_detail", args=[athlete.pk])
    html = coach.get(url, {"range": "6m"}, **htmx_headers).content.decode()
    assert 'id="client-charts"' in html and "<html" not in html and "Private notes" not in html


def test_coach_post_to_client_page_is_forbidden(coach, athlete):
    assert coach.post(reverse("client_detail", args=[athlete.pk])).status_code == 403


def test_access_stops_at_once_when_the_link_ends(coach, coach_user, athlete, link):
    assert coach.get(reverse("client_detail", args=[athlete.pk])).status_code == 200
    services.coaching_link_end(link=link, ended_by=athlete)
    assert coach.get(reverse("client_detail", args=[athlete.pk])).status_code == 404
    assert coach.get(reverse("roster")).content.decode().count("/coach/clients/") == 0


# --- Notes -------------------------------------------------------------------------------------


def test_add_note_without_js(coach, coach_user, athlete):
    response = coach.post(reverse("note_create", args=[athlete.pk]), {"text": "  Check sleep  "})
    assert response.status_code == 302
    assert response.url == reverse("client_detail", args=[athlete.pk]) + "#notes"
    note = CoachNote.objects.get()
    assert (note.coach, note.athlete, note.text) == (coach_user, athlete, "Check sleep")


def test_add_note_with_htmx_returns_the_notes_region(coach, athlete, htmx_headers):
    response = coach.post(
        reverse("note_create", args=[athlete.pk]), {"text": "<script>x</script>"}, **htmx_headers
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "Note saved." in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x" not in html


def test_blank_note_is_refused(coach, athlete, htmx_headers):
    response = coach.post(reverse("note_create", args=[athlete.pk]), {"text": "   "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    response = coach.post(reverse("note_create", args=[athlete.pk]), {"text": ""}, **htmx_headers)
    assert "This field is required." in response.content.decode()
    assert not CoachNote.objects.exists()


def test_edit_and_delete_note(coach, coach_user, athlete, htmx_headers):
    note = CoachNote.objects.create(coach=coach_user, athlete=athlete, text="old")
    edit_url = reverse("note_edit", args=[athlete.pk, note.pk])
    assert coach.get(edit_url).status_code == 200  # no-JS edit page
    assert "<textarea" in coach.get(edit_url, **htmx_headers).content.decode()
    assert "old" in coach.get(edit_url, {"cancel": 1}, **htmx_headers).content.decode()
    response = coach.post(edit_url, {"text": "new"}, **htmx_headers)
    assert response.status_code == 200 and "new" in response.content.decode()
    assert coach.post(edit_url, {"text": ""}).status_code == 400
    note.refresh_from_db()
    assert note.text == "new"

    delete_url = reverse("note_delete", args=[athlete.pk, note.pk])
    assert coach.get(delete_url).status_code == 200  # confirmation page
    response = coach.post(delete_url, **htmx_headers)
    assert response.status_code == 200 and response.content == b""
    assert not CoachNote.objects.exists()


def test_notes_are_private_to_their_coach(coach_user, athlete, link):
    # A former coach's notes stay with them: the new coach never sees or edits them.
    old_note = CoachNote.objects.create(coach=coach_user, athlete=athlete, text="from Cora")
    services.coaching_link_end(link=link, ended_by=coach_user)
    new_coach = User.objects.create_user("nia@example.com", "pw", is_coach=True)
    CoachingLink.objects.create(coach=new_coach, athlete=athlete)
    client = client_for(new_coach)
    assert (
        "from Cora" not in client.get(reverse("client_detail", args=[athlete.pk])).content.decode()
    )
    edit_url = reverse("note_edit", args=[athlete.pk, old_note.pk])
    assert client.get(edit_url).status_code == 404
    assert client.post(edit_url, {"text": "x"}).status_code == 404
    # And the athlete sees none of it anywhere.
    athlete_client = client_for(athlete)
    for name in ("dashboard", "my_coach", "goals"):
        assert "from Cora" not in athlete_client.get(reverse(name)).content.decode()


# --- Invitations -------------------------------------------------------------------------------


def test_coach_creates_a_link_invitation(coach_user):
    client = client_for(coach_user)
    response = client.post(reverse("invitations"), {"email": "", "message": "Hi"})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    html = client.get(reverse("invitations")).content.decode()
    assert invitation.token in html and "Pending" in html
    assert not mail.outbox


def test_coach_emails_an_invitation(coach_user):
    client_for(coach_user).post(reverse("invitations"), {"email": "ana@example.com"})
    invitation = Invitation.objects.get()
    assert len(mail.outbox) == 1
    assert f"/coach/invite/{invitation.token}/" in mail.outbox[0].body


def test_non_coach_cannot_invite(athlete):
    response = client_for(athlete).post(reverse("invitations"), {"email": ""})
    assert response.status_code == 400
    assert "Switch on" in response.content.decode()
    assert not Invitation.objects.exists()


def test_coach_withdraws_an_invitation(coach_user, other_athlete):
    invitation = services.invitation_create(coach=coach_user)
    assert (
        client_for(other_athlete)
        .post(reverse("invitation_revoke", args=[invitation.pk]))
        .status_code
        == 404
    )
    client_for(coach_user).post(reverse("invitation_revoke", args=[invitation.pk]))
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None


def test_athlete_sees_who_asks_for_what_and_accepts(coach_user, athlete):
    invitation = services.invitation_create(coach=coach_user, message="Let's go")
    url = reverse("invitation_respond", args=[invitation.token])
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("login"))
    client = client_for(athlete)
    html = client.get(url).content.decode()
    assert "Cora" in html and "cora@example.com" in html and "Let&#x27;s go" in html
    assert "weigh-ins, body-fat readings, runs, protein and goals" in html
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 302 and response.url == reverse("my_coach")
    assert CoachingLink.objects.active().get().athlete == athlete
    assert "Cora" in client.get(reverse("my_coach")).content.decode()


def test_athlete_declines(coach_user, athlete):
    invitation = services.invitation_create(coach=coach_user)
    url = reverse("invitation_respond", args=[invitation.token])
    client_for(athlete).post(url, {"answer": "decline"})
    assert not CoachingLink.objects.exists()
    invitation.refresh_from_db()
    assert invitation.accepted is False


def test_coach_cannot_accept_own_invitation_through_the_page(coach_user):
    invitation = services.invitation_create(coach=coach_user)
    client = client_for(coach_user)
    url = reverse("invitation_respond", args=[invitation.token])
    assert "This is your own invitation" in client.get(url).content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 400
    assert not CoachingLink.objects.exists()


def test_spent_and_expired_invitations_are_refused_on_the_page(coach_user, athlete, other_athlete):
    spent = services.invitation_create(coach=coach_user)
    services.invitation_accept(invitation=spent, athlete=athlete)
    client = client_for(other_athlete)
    url = reverse("invitation_respond", args=[spent.token])
    assert "already been used" in client.get(url).content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 400 and "already been used" in response.content.decode()

    expiring = services.invitation_create(coach=coach_user)
    with time_machine.travel(NOW + dt.timedelta(days=8), tick=False):
        url = reverse("invitation_respond", args=[expiring.token])
        assert "has expired" in client.get(url).content.decode()
        assert client.post(url, {"answer": "accept"}).status_code == 400
    assert not CoachingLink.objects.filter(athlete=other_athlete).exists()


def test_unknown_token_is_404(athlete):
    assert client_for(athlete).get(reverse("invitation_respond", args=["nope"])).status_code == 404


def test_switching_coaches_needs_confirmation(coach_user, athlete, link):
    other = User.objects.create_user("nia@example.com", "pw", display_name="Nia", is_coach=True)
    invitation = services.invitation_create(coach=other)
    url = reverse("invitation_respond", args=[invitation.token])
    client = client_for(athlete)
    assert "You already have a coach" in client.get(url).content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 400 and "End that coaching link" in response.content.decode()
    assert client.post(url, {"answer": "accept", "replace_current": "on"}).status_code == 302
    assert CoachingLink.objects.active().get(athlete=athlete).coach == other
    # Cora's access stopped at once.
    assert (
        client_for(coach_user).get(reverse("client_detail", args=[athlete.pk])).status_code == 404
    )


# --- My coach and ending a link ---------------------------------------------------------------


def test_athlete_ends_the_link_and_keeps_history(coach_user, athlete, link):
    client = client_for(athlete)
    url = reverse("link_end", args=[link.pk])
    assert "End coaching with Cora" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302 and response.url == reverse("my_coach")
    link.refresh_from_db()
    assert link.ended_by == athlete
    html = client.get(reverse("my_coach")).content.decode()
    assert "You have no coach right now" in html
    assert "Past coaches" in html and "Cora" in html and ">You<" in html
    assert client.post(url).status_code == 404  # already ended


def test_coach_ends_the_link(coach_user, athlete, link):
    client = client_for(coach_user)
    response = client.post(reverse("link_end", args=[link.pk]))
    assert response.status_code == 302 and response.url == reverse("roster")
    assert client.get(reverse("client_detail", args=[athlete.pk])).status_code == 404
    assert "Past clients" in client.get(reverse("roster")).content.decode()


def test_nav_shows_clients_link_to_coaches_only(coach_user, athlete):
    assert (
        "<span>Clients</span>" not in client_for(athlete).get(reverse("dashboard")).content.decode()
    )
    html = client_for(coach_user).get(reverse("roster")).content.decode()
    assert re.search(r'href="/coach/" aria-current="page">.*?<span>Clients</span>', html)


def test_email_failure_keeps_the_invitation(coach_user, monkeypatch):
    def broken_send(**kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(services, "invitation_send_email", broken_send)
    response = client_for(coach_user).post(
        reverse("invitations"), {"email": "ana@example.com"}, follow=True
    )
    assert response.status_code == 200
    assert "could not be sent" in response.content.decode()
    assert Invitation.objects.get().is_usable
