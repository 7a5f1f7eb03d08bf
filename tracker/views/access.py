"""Access helpers shared by views: fetch an object the requester may see, or 404."""

from __future__ import annotations

from typing import TypeVar

from django.db import models
from django.http import Http404

from tracker.models import User

M = TypeVar("M", bound=models.Model)


def get_own_entry_or_404(model: type[M], pk: int, user: User) -> M:
    """The user's own entry; anyone else gets 404 so existence does not leak."""
    try:
        return model._default_manager.get(pk=pk, user=user)
    except model.DoesNotExist:  # type: ignore[attr-defined]
        raise Http404("No such entry.") from None
