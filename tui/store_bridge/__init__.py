"""The app's side of the store: opening it, writing off the UI thread, save errors as data, and
undo scoped to an article."""
