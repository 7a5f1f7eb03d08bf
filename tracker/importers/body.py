"""The weight and body-fat import: picks the parser for an upload by its content (a FIT
weight-scale file or a CSV export)."""

from __future__ import annotations

from tracker.importers.body_csv import parse_body_csv
from tracker.importers.body_fit import is_fit, parse_weight_fit
from tracker.importers.common import ImportOptions, ParseResult


def parse_body_upload(name: str, data: bytes, options: ImportOptions) -> ParseResult:
    if is_fit(data):
        return parse_weight_fit(data, options, where=name)
    return parse_body_csv(data, options)
