"""Synthetic TLD-OPS repository mail for tests and benchmarks (independent of the parser).

Modules: :mod:`editions` (ground-truth data), :mod:`render` (bodies), :mod:`messages` (RFC 5322
bytes), :mod:`containers` (mailbox writers), :mod:`scenario` (a whole corpus + manifest).
"""
