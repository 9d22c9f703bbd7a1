"""Work on a long list shared out between this process and a forked child."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import pytest

from nettverk.imports.formats import FormatError
from nettverk.lib.halves import in_halves

PARENT = os.getpid()


def _pids_and_sums(part: Sequence[int]) -> tuple[int, int]:
    return os.getpid(), sum(part)


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


def test_an_error_in_the_childs_half_is_raised_here() -> None:
    with pytest.raises(FormatError) as raised:
        in_halves(lambda part: _refuse_line(part, frozenset({8})), range(10), enough=4)
    assert str(raised.value) == "cards.vcf:8: N: broken"


def test_the_first_halfs_error_comes_first_like_in_one_pass() -> None:
    with pytest.raises(FormatError) as raised:
        in_halves(lambda part: _refuse_line(part, frozenset({2, 8})), range(10), enough=4)
    assert raised.value.line == 2


def _dies_in_the_child(part: Sequence[int]) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return sum(part)


def test_a_child_that_dies_without_answering_has_its_half_worked_out_here() -> None:
    assert in_halves(_dies_in_the_child, range(10), enough=4) == [10, 35]
