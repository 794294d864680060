"""Subcommands of ``tldops`` beyond the core ones, one module each.

Every module here has ``register(command)``, where ``command(name, help, handler)`` adds a
subparser and returns it; ``tldops_desktop.cli`` finds them all at start-up.
"""
