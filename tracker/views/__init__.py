"""The athlete's pages, one module per area: accounts, dashboard and entries, goals, progress."""
