"""The coach's export of a client's data: the same per-metric CSVs the athlete gets (without
the JSON of their whole account), only while the coaching link is active.

Anyone else, a former coach included, gets 404, as on the client page.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_GET

from coaching.views import active_link_or_404
from tracker import exporters
from tracker.http import AuthedHttpRequest
from tracker.responses import zip_response


@login_required
@require_GET
def client_export(request: AuthedHttpRequest, athlete_id: int) -> HttpResponse:
    # The same check as the client page, so the two can't drift apart.
    athlete = active_link_or_404(request.user, athlete_id).athlete
    slug = "".join(c if c.isalnum() else "-" for c in athlete.name.lower()).strip("-")
    filename = exporters.export_filename(athlete, prefix=f"wholebody-{slug or 'client'}")
    return zip_response(exporters.export_zip(athlete, include_json=False), filename)
