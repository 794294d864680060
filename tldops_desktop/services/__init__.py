"""The operations both faces (CLI and GUI) call: open a store, import, search, compare."""
