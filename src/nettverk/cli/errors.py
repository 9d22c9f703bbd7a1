"""A user's mistake becomes one line on stderr and an exit status: 1 bad input, 2 bad usage."""

from __future__ import annotations

import sys
from typing import Any

import click

BAD_INPUT = 1
BAD_USAGE = 2


def run(cli: click.Group) -> int:
    from django.core.exceptions import ValidationError

    try:
        status = cli.main(standalone_mode=False, prog_name="nettverk")
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.Abort:
        return _fail("aborted", BAD_INPUT)
    except click.UsageError as exc:
        return _fail(exc.format_message(), BAD_USAGE)
    except click.ClickException as exc:
        return _fail(exc.format_message(), exc.exit_code)
    except ValidationError as exc:
        return _fail(validation_line(exc), BAD_INPUT)
    except (OSError, ValueError) as exc:
        return _fail(str(exc), BAD_INPUT)
    # A command that ends with ctx.exit(code) (its message already written) hands the code back.
    return status if isinstance(status, int) and not isinstance(status, bool) else 0


def _fail(message: str, status: int) -> int:
    sys.stderr.write(f"nettverk: {message}\n")
    return status


def validation_line(exc: Any) -> str:
    """'field: message' for each failure, on one line."""
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return " ".join(exc.messages)
