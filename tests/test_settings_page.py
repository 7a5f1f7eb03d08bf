"""The Settings page offers every setting its form saves (a field left out of the template can
never be changed by the person it belongs to)."""

from __future__ import annotations

import re

from tests.conftest import client_for
from tracker.forms import SettingsForm


def test_settings_page_has_an_input_for_every_form_field(athlete):
    html = client_for(athlete).get("/settings/").content.decode()
    start = html.index('<form method="post" novalidate>')
    form_html = html[start : html.index("</form>", start)]
    names = set(re.findall(r'name="([a-z_]+)"', form_html))
    assert set(SettingsForm().fields) <= names


def test_body_measurement_unit_and_main_body_fat_method_can_be_changed(athlete):
    client = client_for(athlete)
    response = client.post(
        "/settings/",
        {
            "display_name": "Ana",
            "weight_unit": "kg",
            "distance_unit": "km",
            "length_unit": "in",
            "time_zone": "UTC",
            "sex": "female",
            "body_fat_method": "dexa",
        },
    )
    assert response.status_code == 302
    athlete.refresh_from_db()
    assert (athlete.length_unit, athlete.sex, athlete.body_fat_method) == ("in", "female", "dexa")
