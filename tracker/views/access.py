"""Access helpers shared by views: fetch an object the requester may see, or 404."""

from __future__ import annotations

from typing import TypeVar

from django.db import models
from django.shortcuts import get_object_or_404

from tracker.models import User

M = TypeVar("M", bound=models.Model)


def get_own_entry_or_404(model: type[M], pk: int, user: User) -> M:
    """The user's own entry; anyone else gets 404 so existence does not leak."""
    return get_object_or_404(model, pk=pk, user=user)
