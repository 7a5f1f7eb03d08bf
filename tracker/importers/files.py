"""The parser for each kind of import, by the kind's name: what the import service runs in the
budgeted child process (see `budget`), so it must stay importable without Django."""

from __future__ import annotations

from tracker.importers import body, measurements_csv, protein_csv, runs
from tracker.importers.common import ImportFileError, ImportOptions, ParseResult


def parse_file(kind: str, name: str, data: bytes, options: ImportOptions) -> ParseResult:
    """The parse of one uploaded file of `kind` ("body", "protein", "runs", "measurements")."""
    if kind == "body":
        return body.parse_body_upload(name, data, options)
    if kind == "protein":
        return protein_csv.parse_protein_csv(data, options)
    if kind == "measurements":
        return measurements_csv.parse_measurements_csv(data, options)
    if kind == "runs":
        return runs.parse_runs_upload(name, data, options)
    raise ImportFileError("Unknown import kind.")
