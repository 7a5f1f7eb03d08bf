"""The server entry points load the app and leave what they loaded out of the garbage
collector's full passes (a 60 ms pause every few hundred requests otherwise)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["tracker.wsgi", "tracker.asgi"])
def test_the_entry_point_loads_the_app_and_freezes_it(module):
    code = (
        f"import gc, {module} as entry; "
        "print(callable(entry.application), gc.get_freeze_count() > 10_000)"
    )
    env = {**os.environ, "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "tracker.settings"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out.split() == ["True", "True"]
