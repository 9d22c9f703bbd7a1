"""Pure work on the machine's second core, in a forked child process.

    first, second = in_halves(read_and_map, cards)   # half here, half in the child
    with in_background(count_pairs, make_rows) as later:  # the child starts now ...
        write_the_index()                                 # ... while this process goes on
        pairs, rows = later.result(0), later.result(1)

Reading 100,000 vCards or comparing 100,000 names is pure Python and takes seconds. A forked
child shares this process's memory without copying it and sends back only its pickled answer.
Used only where forking is safe and pays:

- the platform forks, and this process runs a single thread: a child forked from a threaded
  process may inherit a lock that another thread held and never see it released;
- for `in_halves`, the list is long enough that the child's answer costs less to send than the
  work it saves.

The work must not touch the database or anything else parent and child share (the child only
computes and writes its answers to files of its own). An exception in the child is raised by
`result()` as if the work had run here; if the child dies without answering, the work is done
here instead.
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Generic, TypeVar

Result = TypeVar("Result")
ENOUGH = 20_000  # items below which forking and pickling cost about what the second core saves


class Pending(Generic[Result]):
    """Works started by `in_background`, done one after another: `result(i)` waits for the
    i-th (the first time; its value is kept).

    The child writes each answer to a file of its own and then one byte to the pipe, so it
    never waits for this process to read an answer before starting on the next work.
    """

    def __init__(self, *works: Callable[[], Any], fork: bool = True) -> None:
        self.works = works
        self.done: list[tuple[bool, Any]] = []  # (ok, value or exception), in order
        self.pid = 0
        self.read = -1
        self.folder = ""
        if fork and _can_fork():
            try:
                self._fork()
            except OSError:  # no room for the answers, or no process to be had: work here
                self.cancel()

    def _fork(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="nettverk-work-")
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            raise
        if pid == 0:
            os.close(read)
            _answer(write, self.works, self.folder)
        os.close(write)
        self.pid, self.read = pid, read

    def result(self, index: int = 0) -> Result:
        while len(self.done) <= index:
            self.done.append(self._next())
        if len(self.done) == len(self.works):
            self.cancel()  # every answer is in: the child has exited or is about to
        ok, value = self.done[index]
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def _next(self) -> tuple[bool, Any]:
        index = len(self.done)
        if self.pid and os.read(self.read, 1):
            answer = os.path.join(self.folder, str(index))
            with open(answer, "rb") as data:
                outcome: tuple[bool, Any] = pickle.load(data)
            os.unlink(answer)
            return outcome
        self.cancel()  # the child died without answering: this work and the rest are done here
        return _outcome(self.works[index])

    def __enter__(self) -> Pending[Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()  # nothing to do once every result has been read

    def cancel(self) -> None:
        if self.pid:
            os.close(self.read)
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = ""


def in_background(*works: Callable[[], Any], fork: bool = True) -> Pending[Any]:
    """`works` started, one after another, in a child process, or each run by `result(i)` where
    forking is not safe or `fork` is false (too little work to pay for a child, or nothing to
    do meanwhile); use it in a `with` block, which stops the child if a result is never asked
    for."""
    return Pending(*works, fork=fork)


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


def _answer(write: int, works: Sequence[Callable[[], Any]], folder: str) -> None:
    try:
        for index, work in enumerate(works):
            with open(os.path.join(folder, str(index)), "wb") as out:
                pickle.dump(_outcome(work), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.write(write, b".")
    finally:
        os._exit(0)  # never the parent's exit handlers, database connections or atexit hooks


def _outcome(work: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, work()
    except Exception as error:  # raised by `result()`, as if the work had run there
        return False, error
