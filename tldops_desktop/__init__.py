"""TLD-OPS Desktop: the TLD-OPS incident-response contacts, offline, on a responder's laptop."""

__version__ = "0.1.0"
