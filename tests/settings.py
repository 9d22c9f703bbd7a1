"""The product's settings on a throw-away data home, so a test run never touches a real one."""

import os
import tempfile

os.environ.setdefault("NETTVERK_HOME", tempfile.mkdtemp(prefix="nettverk-test-"))

from nettverk.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
