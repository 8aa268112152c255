"""Dask, for more than one machine: extract an archive on a cluster.

Needs the extra: ``pip install 'vnfriendship[dask]'``. The same code runs on a
local cluster and on a real one; only the ``distributed.Client`` differs::

    from distributed import Client
    from vnfriendship.dask import extract_bag, write_jsonl

    client = Client("tcp://scheduler:8786")        # or Client() for this machine
    bag = extract_bag("archive/**/*.txt")          # paths every worker can read
    write_jsonl(bag, "out/")                       # out/0.jsonl, out/1.jsonl, ...

Each element of the result is the JSON form of one extraction (``to_dict``), or,
for an input that could not be read, ``{"source": ..., "error": ...}``. A WARC
archive's path gives one element per HTML page of it, its URL as source; the
archive is streamed by the worker that has it, so a crawl spread over many WARC
files is spread over the workers.
"""

from __future__ import annotations

import datetime as dt
import functools
import glob
import json
import os
import pickle
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db

from ._batch import MAX_BYTES, BatchResult, ExtractTask, Input, jobs
from ._pipeline import Pipeline
from ._serialize import to_dict

__all__ = ["extract_bag", "write_jsonl"]

# dask has no type annotations: its calls go through Any rather than through ignores on every line.
_dask_bag: Any = db


def extract_bag(
    items: str | Sequence[str | os.PathLike[str]] | db.Bag,
    *,
    pipeline: Pipeline | None = None,
    reference_date: dt.date | None = None,
    include_related: bool = False,
    max_bytes: int = MAX_BYTES,
    npartitions: int | None = None,
) -> db.Bag:
    """A ``dask.bag`` of extraction dicts, one per input, in input order.

    ``items`` is a glob (``"archive/**/*.txt"``, sorted), a list of paths, or a
    ``dask.bag`` whose elements are what :func:`vnfriendship.extract_many` takes: a
    ``pathlib.Path`` is read by the worker, a ``str`` is an article's text, a
    ``(source, text)`` pair a text with its name (``bag.map(pathlib.Path)`` turns a bag
    of path strings into paths). HTML pages and WARC archives (``*.warc``,
    ``*.warc.gz``: one element per HTML page, in order, in the partition of the
    archive) are read as :func:`~vnfriendship.extract_many` reads them, with the extra
    ``html`` installed on the workers. The pipeline (the default one unless given) is
    sent to the workers as a small recipe and built once per worker process.
    """
    bag: Any
    if isinstance(items, db.Bag):
        bag = items
    else:
        paths = sorted(glob.glob(items, recursive=True)) if isinstance(items, str) else list(items)
        bag = _dask_bag.from_sequence([Path(path) for path in paths], npartitions=npartitions)
    recipe = pickle.dumps(ExtractTask(pipeline or Pipeline(), reference_date, include_related, max_bytes))
    result: db.Bag = bag.map_partitions(_extract_partition, recipe)
    return result


@functools.lru_cache(maxsize=4)
def _task(recipe: bytes) -> ExtractTask:
    # Loading the plugins and building the gazetteer is slow: once per worker process, not per partition.
    task: ExtractTask = pickle.loads(recipe)
    return task


def _extract_partition(items: Iterable[Input], recipe: bytes) -> list[dict[str, Any]]:
    task = _task(recipe)
    return [_as_dict(task(job)) for job in jobs(items)]


def _as_dict(result: BatchResult) -> dict[str, Any]:
    if result.extraction is None:
        return {"source": result.source, "error": result.error}
    return to_dict(result.extraction)


def write_jsonl(bag: db.Bag, directory: str | os.PathLike[str]) -> list[str]:
    """Write one JSONL file per partition (``0.jsonl``, ``1.jsonl`` …) into ``directory``; returns their names.

    Runs the computation; each line is one element of ``bag``, as ``vnfriendship extract --format jsonl`` writes it.
    """
    Path(directory).mkdir(parents=True, exist_ok=True)
    elements: Any = bag
    lines = elements.map(functools.partial(json.dumps, ensure_ascii=False))
    names: list[str] = lines.to_textfiles(os.path.join(os.fspath(directory), "*.jsonl"), encoding="utf-8",
                                          last_endline=True)
    return names
