"""File parsers for importing an athlete's data from other apps and devices.

Every module here is pure: it takes bytes or text plus `ImportOptions` and returns plain
dataclasses (rows with line numbers, problems with line numbers and reasons). Nothing here
imports Django models; `tracker.importing` checks duplicates against the database and saves.

- body_csv: weight and body-fat CSVs (generic, Withings, Libra, Renpho, Fitbit, Wholebody).
- protein_csv: daily protein (generic, MyFitnessPal, Cronometer, Lose It!, Wholebody).
- runs_gpx, runs_tcx, runs_fit: one activity file each; strava_csv and runs_csv: run tables.
- runs: picks the parser for an upload (single file, .gz or a ZIP of many).
- archive: ZIP and gzip reading with size, count and ratio limits; limits: the numbers.
"""
