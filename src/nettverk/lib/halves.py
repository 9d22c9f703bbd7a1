"""Pure work on a long list, on two cores: the second half in a forked child process.

    first, second = in_halves(read_and_map, cards)

Reading and mapping 100,000 vCards is pure Python and takes seconds; a forked child shares the
list without copying it and sends back only its pickled answer. Used only where forking is safe
and pays:

- the platform forks, and this process runs a single thread: a child forked from a threaded
  process may inherit a lock that another thread held and never see it released;
- the list is long enough that the child's answer costs less to send than the work it saves.

`work` must not touch the database or anything else the parent shares with the child (the child
only computes and writes to a pipe). An exception in either half is raised as it would be
without the child, the first half's first. If the child dies without answering, its half is
worked out here instead.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Result = TypeVar("Result")
ENOUGH = 20_000  # below this, forking and pickling cost about what the second core saves


def in_halves(work: Callable[[Sequence[Any]], Result], items: Sequence[Any],
              *, enough: int | None = None) -> list[Result]:
    """`[work(items)]`, or `[work(first half), work(second half)]` with the second half worked
    out in a child process at the same time, when there are `enough` items (ENOUGH)."""
    if len(items) < (ENOUGH if enough is None else enough) or not _can_fork():
        return [work(items)]
    middle = len(items) // 2
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe and leave without any clean-up
        os.close(read)
        _answer(write, work, items[middle:])
    os.close(write)
    try:
        first = work(items[:middle])
    except BaseException:
        os.close(read)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    with os.fdopen(read, "rb") as answer:
        data = answer.read()
    os.waitpid(pid, 0)
    if not data:
        return [first, work(items[middle:])]
    ok, second = pickle.loads(data)
    if not ok:
        raise second
    return [first, second]


def _can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _answer(write: int, work: Callable[[Sequence[Any]], Any], items: Sequence[Any]) -> None:
    try:
        try:
            data = pickle.dumps((True, work(items)), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # the parent raises it, as if it had worked this half
            data = pickle.dumps((False, error), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)  # never the parent's exit handlers, database connections or atexit hooks
