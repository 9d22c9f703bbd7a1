"""Pure work on the machine's second core, in a forked child process.

    first, second = in_halves(read_and_map, cards)   # half here, half in the child
    with in_background(count_pairs) as counting:    # the child starts now ...
        write_the_index()                           # ... while this process goes on
        pairs = counting.result()

Reading 100,000 vCards or comparing 100,000 names is pure Python and takes seconds. A forked
child shares this process's memory without copying it and sends back only its pickled answer.
Used only where forking is safe and pays:

- the platform forks, and this process runs a single thread: a child forked from a threaded
  process may inherit a lock that another thread held and never see it released;
- for `in_halves`, the list is long enough that the child's answer costs less to send than the
  work it saves.

The work must not touch the database or anything else parent and child share (the child only
computes and writes to a pipe). An exception in the child is raised by `result()` as if the work
had run here; if the child dies without answering, the work is done here instead.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Generic, TypeVar

Result = TypeVar("Result")
ENOUGH = 20_000  # items below which forking and pickling cost about what the second core saves


class Pending(Generic[Result]):
    """Work started by `in_background`: `result()` waits for it (the first time)."""

    def __init__(self, work: Callable[[], Result], *, fork: bool = True) -> None:
        self.work = work
        self.pid = 0
        self.read = -1
        self.done: tuple[bool, Any] | None = None  # (ok, value or exception) once known
        if fork and _can_fork():
            self._fork()

    def _fork(self) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            _answer(write, self.work)
        os.close(write)
        self.pid, self.read = pid, read

    def result(self) -> Result:
        if self.done is None:
            self.done = self._outcome()
        ok, value = self.done
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def _outcome(self) -> tuple[bool, Any]:
        data = b""
        if self.pid:
            with os.fdopen(self.read, "rb") as answer:
                data = answer.read()
            os.waitpid(self.pid, 0)
            self.pid = 0
        if data:
            return pickle.loads(data)  # type: ignore[no-any-return]
        try:
            return True, self.work()
        except Exception as error:  # as the child reports it: raised by `result()`
            return False, error

    def __enter__(self) -> Pending[Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()  # nothing to do once `result()` has been read

    def cancel(self) -> None:
        if self.pid:
            os.close(self.read)
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0


def in_background(work: Callable[[], Result], *, fork: bool = True) -> Pending[Result]:
    """`work` started in a child process, or run by `result()` where forking is not safe or
    `fork` is false (too little work to pay for a child, or nothing to do meanwhile); use it
    in a `with` block, which stops the child if its result is never asked for."""
    return Pending(work, fork=fork)


def in_halves(work: Callable[[Sequence[Any]], Result], items: Sequence[Any],
              *, enough: int | None = None, share: float = 0.5) -> list[Result]:
    """`[work(items)]`, or `[work(first part), work(second part)]` with the second worked out in
    a child process at the same time, when there are `enough` items (ENOUGH). The first part
    holds `share` of the items: more than half evens out what the child pays to send its answer
    back."""
    if len(items) < (ENOUGH if enough is None else enough) or not _can_fork():
        return [work(items)]
    middle = min(len(items) - 1, max(1, round(len(items) * share)))
    with in_background(partial(work, items[middle:])) as second:
        first = work(items[:middle])
        return [first, second.result()]


def _can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _answer(write: int, work: Callable[[], Any]) -> None:
    try:
        try:
            data = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # raised by the parent, as if it had done the work
            data = pickle.dumps((False, error), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)  # never the parent's exit handlers, database connections or atexit hooks
