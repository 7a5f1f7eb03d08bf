"""A small fixed-window rate limiter for outgoing mail (and anything else that must be bounded).

`allow("reminder-mail", recipient, limit=4, per=dt.timedelta(days=1))` is True while fewer than
`limit` events with that scope and key happened in the current window, and counts this one.
Counts live in Django's cache, so all app servers and workers share them when REDIS_URL is set;
with the default local-memory cache each process counts on its own (enough for one machine).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time

from django.core.cache import cache


def allow(
    scope: str, key: str, *, limit: int, per: dt.timedelta, now: dt.datetime | None = None
) -> bool:
    """`now` (default: the clock) places the event in its window; schedulers pass their own."""
    window_s = max(1, int(per.total_seconds()))
    timestamp = now.timestamp() if now is not None else time.time()
    window = int(timestamp) // window_s
    # Hashed: keys may hold email addresses or IPs, which need not sit in the cache in clear.
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:32]
    cache_key = f"ratelimit:{scope}:{digest}:{window}"
    cache.add(cache_key, 0, timeout=window_s + 60)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window_s + 60)
        count = 1
    return count <= limit
