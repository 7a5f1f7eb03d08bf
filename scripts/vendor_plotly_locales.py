"""Vendor plotly.js's locale files for our languages into static/vendor/plotly-locales-<version>/.

The npm package `plotly.js-locales` ships CommonJS modules (module.exports = {...}); this wraps
each one so the browser can load it as a plain script that registers the locale with Plotly
(loaded first by static/js/charts.js). Usage, with the version of the vendored plotly bundle:

    npm pack plotly.js-locales@3.7.0 && tar xzf plotly.js-locales-3.7.0.tgz
    python scripts/vendor_plotly_locales.py package 3.7.0
"""

from __future__ import annotations

import sys
from pathlib import Path

# Our language code -> plotly's locale file (Brazilian Portuguese, as the app's "você").
LOCALES = {"it": "it", "es": "es", "fr": "fr", "de": "de", "pt": "pt-br"}
STATIC = Path(__file__).resolve().parent.parent / "static" / "vendor"


def wrap(source: str, name: str, version: str) -> str:
    return (
        f"// plotly.js-locales {version} {name}.js (MIT, Plotly Technologies Inc.), wrapped for\n"
        "// the browser by scripts/vendor_plotly_locales.py: registers the locale with Plotly.\n"
        "(function () {\n"
        "var module = { exports: {} };\n"
        f"{source.strip()}\n"
        "if (window.Plotly) window.Plotly.register(module.exports);\n"
        "})();\n"
    )


def main(package: Path, version: str) -> None:
    target = STATIC / f"plotly-locales-{version}"
    target.mkdir(parents=True, exist_ok=True)
    for ours, theirs in LOCALES.items():
        source = (package / f"{theirs}.js").read_text(encoding="utf-8")
        (target / f"{ours}.js").write_text(wrap(source, theirs, version), encoding="utf-8")
    (target / "LICENSE").write_text((package / "LICENSE").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
