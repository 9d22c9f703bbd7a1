"""Relationships that last: strength, keep-in-touch, give and take, offers, network quality."""
