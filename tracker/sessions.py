"""Django's database sessions, loaded with one plain query.

Every signed-in request loads its session. Django's store builds a queryset (and a model
instance) for it, which cost about as much CPU as the query itself runs; this reads the one
column `load` needs with SQL built once. Same table, same encoding, same expiry rule: sessions
move between the two stores freely. Saving, deleting and the rest are Django's.
"""

from __future__ import annotations

import functools
from typing import Any

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import connections, router
from django.db.models import Field
from django.utils import timezone


@functools.lru_cache(maxsize=8)
def _load_sql(vendor: str) -> str:
    quote = connections[router.db_for_read(Session)].ops.quote_name

    def column(name: str) -> str:
        field = Session._meta.get_field(name)
        assert isinstance(field, Field) and field.column
        return field.column

    key, data, expires = (column(name) for name in ("session_key", "session_data", "expire_date"))
    return (
        f"SELECT {quote(data)} FROM {quote(Session._meta.db_table)} "
        f"WHERE {quote(key)} = %s AND {quote(expires)} > %s"
    )


class SessionStore(db.SessionStore):
    def load(self) -> dict[str, Any]:
        if not self.session_key:
            self._session_key = None
            return {}
        connection = connections[router.db_for_read(Session)]
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(_load_sql(connection.vendor), [self.session_key, now])
            row = cursor.fetchone()
        if row is None:  # unknown or expired: a new session, as Django's store does
            self._session_key = None
            return {}
        return self.decode(row[0])
