"""The PySide6 desktop app: windows and dialogs over the same services as the CLI."""
