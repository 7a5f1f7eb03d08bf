"""Reminder and digest emails: athletes' "no weigh-in for N days" nudge and weekly check-in, and
(registered by the coaching app) the coach's weekly digest.

- `models`: each person's choices (`ReminderPreference`) and one `Delivery` row per user, kind
  and period, whose unique constraint is what makes every email go out at most once even with
  several schedulers running;
- `schedule`: pure rules for "is it the right local hour, outside quiet hours";
- `kinds`: the registry of email kinds (who is due, what the email says);
- `sending`: claim a delivery row, build the email, send it (`send_due_reminders`), run by the
  `send_reminders` command from cron/systemd (or `runall` in development);
- `unsubscribe`: signed one-click unsubscribe links (`List-Unsubscribe` headers and a page).
"""
