"""Pure work done in a forked child while this process goes on."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import pytest

from nettverk.imports.formats import FormatError
from nettverk.lib import two_cores
from nettverk.lib.two_cores import in_background, in_halves

PARENT = os.getpid()


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even if the browser tests' live server thread runs in this test process: the work
    here takes no lock."""
    monkeypatch.setattr(two_cores, "_can_fork", lambda: hasattr(os, "fork"))


def _pids_and_sums(part: Sequence[int]) -> tuple[int, int]:
    return os.getpid(), sum(part)


@pytest.mark.usefixtures("forking")
def test_the_second_half_is_worked_out_in_another_process() -> None:
    (here, first), (there, second) = in_halves(_pids_and_sums, range(10), enough=4)
    assert (first, second) == (sum(range(5)), sum(range(5, 10)))
    assert here == PARENT and there != PARENT


def test_a_short_list_is_worked_out_here_in_one_go() -> None:
    assert in_halves(_pids_and_sums, range(10), enough=11) == [(PARENT, 45)]


def test_a_second_thread_keeps_the_work_in_this_process() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert in_halves(_pids_and_sums, range(10), enough=4) == [(PARENT, 45)]
    finally:
        stop.set()
        other.join()


def _refuse_line(part: Sequence[int], bad: frozenset[int]) -> int:
    for line in part:
        if line in bad:
            raise FormatError("cards.vcf", line, "N", "broken")
    return len(part)


@pytest.mark.usefixtures("forking")
def test_an_error_in_the_childs_half_is_raised_here() -> None:
    with pytest.raises(FormatError) as raised:
        in_halves(lambda part: _refuse_line(part, frozenset({8})), range(10), enough=4)
    assert str(raised.value) == "cards.vcf:8: N: broken"


@pytest.mark.usefixtures("forking")
def test_the_first_halfs_error_comes_first_like_in_one_pass() -> None:
    with pytest.raises(FormatError) as raised:
        in_halves(lambda part: _refuse_line(part, frozenset({2, 8})), range(10), enough=4)
    assert raised.value.line == 2


def _dies_in_the_child(part: Sequence[int]) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return sum(part)


@pytest.mark.usefixtures("forking")
def test_a_child_that_dies_without_answering_has_its_half_worked_out_here() -> None:
    assert in_halves(_dies_in_the_child, range(10), enough=4) == [10, 35]


@pytest.mark.usefixtures("forking")
def test_background_work_runs_in_a_child_while_this_process_goes_on() -> None:
    with in_background(lambda: (os.getpid(), sum(range(100)))) as pending:
        here = sum(range(10))
        there, total = pending.result()
    assert (here, total) == (45, 4950) and there != PARENT


@pytest.mark.usefixtures("forking")
def test_background_errors_are_raised_by_result() -> None:
    with (in_background(lambda: _refuse_line(range(5), frozenset({3}))) as pending,
          pytest.raises(FormatError, match=r"cards\.vcf:3")):
        pending.result()


def test_background_work_runs_here_in_a_threaded_process() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with in_background(os.getpid) as pending:
            assert pending.result() == PARENT
    finally:
        stop.set()
        other.join()


@pytest.mark.usefixtures("forking")
def test_leaving_the_block_early_stops_the_child() -> None:
    with pytest.raises(KeyError), in_background(lambda: b"x" * 1_000_000) as pending:
        child = pending.pid
        raise KeyError("the parent's own work failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


@pytest.mark.usefixtures("forking")
def test_several_works_run_one_after_another_in_one_child() -> None:
    with in_background(os.getpid, lambda: sum(range(100)), os.getpid) as pending:
        assert pending.result(1) == 4950  # the first is read on the way, and kept
        first, third = pending.result(0), pending.result(2)
    assert first == third != PARENT and pending.folder == ""


@pytest.mark.usefixtures("forking")
def test_an_error_in_one_work_leaves_the_others_their_results() -> None:
    with in_background(lambda: 1, lambda: _refuse_line(range(5), frozenset({3})),
                       lambda: 3) as pending:
        with pytest.raises(FormatError, match=r"cards\.vcf:3"):
            pending.result(1)
        assert (pending.result(0), pending.result(2)) == (1, 3)


def _dies_after_answering_once() -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return os.getpid()


@pytest.mark.usefixtures("forking")
def test_works_a_dead_child_left_undone_are_done_here() -> None:
    with in_background(os.getpid, _dies_after_answering_once, lambda: 7) as pending:
        assert pending.result(0) != PARENT
        assert (pending.result(1), pending.result(2)) == (PARENT, 7)


@pytest.mark.usefixtures("forking")
def test_without_room_for_answers_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(**_options: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(two_cores.tempfile, "mkdtemp", full)
    with in_background(os.getpid, lambda: 7) as pending:
        assert pending.pid == 0 and (pending.result(0), pending.result(1)) == (PARENT, 7)
