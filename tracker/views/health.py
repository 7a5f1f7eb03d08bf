"""`/healthz/`: a liveness answer for load balancers, and the benchmark's trivial baseline.

It runs the full middleware stack but never touches the database, the session or the user, so
its latency is the floor every other page is compared with (see ``manage.py benchmark``).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
