"""Many articles at once: :func:`extract_many` (in input order, streamed, in worker
processes when asked) and :func:`records` (the rows of one facet, for CSV or pandas).

Memory stays flat however many inputs there are: inputs are read lazily, at most a
few per worker are in flight, and results leave as soon as those before them have.
A worker runs one input at a time, so a worker that dies is reported for exactly
the input it had, and a fresh worker takes its place.

A WARC archive's path is many inputs: each HTML page of it is read in turn, as the
batch reaches it, and goes to a worker as the page's bytes with its URL as source.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import signal
import typing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import attrs

from ._edtf import EdtfDate, EdtfInterval
from ._html import is_warc_path, warc_records
from ._model import FACETS, Extraction
from ._pipeline import Pipeline, default_pipeline
from ._serialize import _DERIVED, _with_derived
from ._text import InputError

if TYPE_CHECKING:  # multiprocessing is imported where workers start: most programs never start one
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["INPUT_PATTERNS", "MAX_BYTES", "BatchResult", "Input", "extract_many", "records"]

#: The largest input read by default (10 MB): far above any article, and about half a minute of work.
MAX_BYTES = 10_000_000

#: The files a folder gives: saved text, HTML pages, WARC archives.
INPUT_PATTERNS = ("*.txt", "*.html", "*.htm", "*.warc", "*.warc.gz")

#: What :func:`extract_many` accepts: a path (any ``os.PathLike``, e.g. ``pathlib.Path``) is a
#: file to read, or a WARC archive to read page by page; a ``str`` or UTF-8 ``bytes`` is the
#: text itself (plain or HTML); a ``(source, text)`` pair is a text with the name to report as
#: its source.
Input = os.PathLike[str] | str | bytes | tuple[str | None, str | bytes]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# In flight and finished-but-waiting results per worker: enough to keep workers busy,
# few enough that one slow input cannot make the others pile up.
_WINDOW_PER_WORKER = 4


@attrs.frozen
class BatchResult:
    """One input's outcome: its extraction, or why it could not be read.

    ``index`` is the input's position (from 0): the pages of a WARC archive all have
    the archive's. ``size`` is the bytes read, for throughput.
    """

    index: int
    source: str | None
    extraction: Extraction | None = None
    error: str | None = None
    size: int = 0

    @property
    def ok(self) -> bool:
        """True when the input was read (its extraction may still list plugin errors)."""
        return self.error is None


@attrs.frozen
class Job:
    """One input as a worker receives it: a file to read, a text, or an error known beforehand."""

    index: int
    source: str | None
    path: str | None = None
    data: str | bytes | None = None
    error: str | None = None


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as valid UTF-8 text: bytes that are not UTF-8 are shown as ``\\xff`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def jobs(inputs: Iterable[Input]) -> Iterator[Job]:
    """The :class:`Job` of each input, lazily; an input of no known kind is an error job."""
    for index, given in enumerate(inputs):
        item: object = given  # checked at run time too: a wrong kind is that input's error, not the batch's
        if isinstance(item, os.PathLike):
            yield from pages(Job(index, display_name(item), path=os.fspath(item)))
        elif isinstance(item, str | bytes):
            yield Job(index, None, data=item)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str | bytes):
            yield Job(index, None if item[0] is None else str(item[0]), data=item[1])
        else:
            yield Job(index, None, error=f"not a path, a text or a (source, text) pair: {type(item).__name__}")


def pages(job: Job) -> Iterator[Job]:
    """The job of a WARC archive's path as one job per HTML page of it, in order, read as they
    are asked for (the archive is streamed, never read whole); any other job as it is.

    A page's job holds its bytes and has its URL as source. A page that cannot be read (HTTP
    4xx/5xx, a truncated record) is an error job, and so is an archive that cannot be read past
    some point (its source the archive's name) or at all, the html extra missing included.
    """
    if job.path is None or not is_warc_path(job.path):
        yield job
        return
    for record in warc_records(job.path):
        source = record.url or job.source
        if record.html is None:
            yield attrs.evolve(job, source=source, path=None, error=record.error or "no page")
        else:
            yield attrs.evolve(job, source=source, path=None, data=record.html)


def read(job: Job, max_bytes: int) -> str | bytes:
    """The text of a job; :class:`InputError` says why there is none."""
    if job.error is not None:
        raise InputError(job.error)
    if job.path is None:
        data = job.data if job.data is not None else ""
        if len(data) > max_bytes:
            raise InputError(_too_large(len(data), max_bytes))
    else:
        try:
            with open(job.path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > max_bytes:  # checked before reading, so a huge file costs no memory
                    raise InputError(_too_large(size, max_bytes))
                data = file.read()
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror or error}") from None
    if isinstance(data, bytes):
        _check_bytes(data)
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large for one article: {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:g} MB"


def _check_bytes(data: bytes) -> None:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or _alternating_zeros(sample):
        raise InputError("input is UTF-16, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in data:
        raise InputError("input is binary (it holds NUL bytes), not text")


def _alternating_zeros(sample: bytes) -> bool:
    # UTF-16 without a byte-order mark: every ASCII character (spaces, digits...) has a zero byte,
    # always on the same side of the pair.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) >= len(sample) // 8 > 0 and min(even, odd) * 10 <= max(even, odd)


def size_of(data: str | bytes) -> int:
    return len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))


class Task(Protocol[T_co]):
    """What a worker runs on each job; ``failed`` is the result for a job whose worker died."""

    def __call__(self, job: Job) -> T_co: ...

    def failed(self, job: Job, message: str) -> T_co: ...


@attrs.frozen
class ExtractTask:
    """The work of :func:`extract_many` for one job: read it, extract it, never raise."""

    pipeline: Pipeline
    reference_date: dt.date | None = None
    include_related: bool = False
    max_bytes: int = MAX_BYTES

    def extract(self, job: Job) -> tuple[Extraction, int]:
        """The extraction of a job and the bytes read; :class:`InputError` when it cannot be read."""
        data = read(job, self.max_bytes)
        extraction = self.pipeline.extract(
            data, source=job.source, reference_date=self.reference_date, include_related=self.include_related
        )
        return extraction, size_of(data)

    def __call__(self, job: Job) -> BatchResult:
        try:
            extraction, size = self.extract(job)
        except InputError as error:
            return self.failed(job, str(error))
        except Exception as error:  # a bug costs its own input, never the rest of the batch
            return self.failed(job, f"internal error: {type(error).__name__}: {error}")
        return BatchResult(job.index, job.source, extraction, size=size)

    def failed(self, job: Job, message: str) -> BatchResult:
        return BatchResult(job.index, job.source, error=message)


def extract_many(
    inputs: Iterable[Input],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    reference_date: dt.date | None = None,
    include_related: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Iterator[BatchResult]:
    """Extract many articles, yielding one :class:`BatchResult` per input, in input order.

    ``inputs`` may be any iterable, even an endless one: it is consumed lazily, and
    only a few inputs per worker are held at once. A ``pathlib.Path`` (any
    ``os.PathLike``) is a file to read; a ``str`` or UTF-8 ``bytes`` is an article's
    text, plain or HTML; a ``(source, text)`` pair is a text with its source name. An
    input that cannot be read (missing, not UTF-8, binary, over ``max_bytes``, an HTML
    page that holds no article) gives a result whose ``error`` says why, and the batch
    goes on.

    A path named ``*.warc`` or ``*.warc.gz`` gives one result per HTML page of the
    archive, in order, its URL as source (the records that hold no page, such as
    requests, images and redirects, give none; a 4xx/5xx page or a truncated record
    gives an error result). The archive is streamed: a page is read when its turn comes.
    HTML and WARC need the extra ``html``; without it, such an input's error says so.

    ``workers`` > 1 runs that many worker processes (``0``: one per core); the
    pipeline is pickled to them and loads its plugins again there. A worker that
    dies is reported in the result of the input it was reading and is replaced.

    >>> [r.extraction.source for r in extract_many([("a", "Hội nghị."), ("b", "Hội thảo.")])]
    ['a', 'b']
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per core) or more, got {workers}")
    task = ExtractTask(pipeline or default_pipeline(), reference_date, include_related, max_bytes)
    return run(jobs(inputs), task, workers)


def cpu_count() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def run(items: Iterable[Job], task: Task[T], workers: int) -> Iterator[T]:
    """``task`` over ``items`` in order: here for one worker, else in ``workers`` processes (0: all cores)."""
    workers = workers or cpu_count()
    if workers == 1:
        return map(task, items)
    return _Pool(task, workers).run(items)


def _serve(connection: Connection, recipe: bytes) -> None:
    """A worker's loop: receive (sequence number, job), send back (sequence number, result)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    task: Task[Any] = pickle.loads(recipe)  # only now: loading plugins takes a while, Ctrl-C must not hit it
    while True:
        try:
            message = connection.recv()
        except EOFError:  # the parent closed its end: no more work
            return
        number, job = message
        result = task(job)
        try:
            connection.send((number, result))
        except OSError:  # the parent has gone (interrupted, or it stopped reading): no one to answer
            return
        except Exception as error:  # e.g. a plugin's fact that cannot be pickled
            try:
                connection.send((number, task.failed(job, f"the result could not be sent back: {error}")))
            except OSError:
                return


def _context() -> Any:
    import multiprocessing

    # forkserver: workers start from a clean, preloaded process (no threads or locks inherited
    # from the caller); spawn where there is no forkserver.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["vnfriendship"])
        return context
    return multiprocessing.get_context("spawn")


@attrs.define
class _Worker:
    process: BaseProcess
    connection: Connection
    job: tuple[int, Job] | None = None  # (sequence number, job) while it works


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    else:
        how = f"exit status {exitcode}"
    return f"the worker process died while reading this input ({how})"


class _Pool(Generic[T]):
    """Worker processes running ``task``, one job each at a time, results put back in order."""

    def __init__(self, task: Task[T], size: int) -> None:
        self._task, self._size = task, size
        self._recipe = pickle.dumps(task)
        self._context = _context()
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(theirs, self._recipe), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def run(self, items: Iterable[Job]) -> Iterator[T]:
        pending = iter(items)
        done: dict[int, T] = {}
        sent = yielded = 0
        exhausted = False
        try:
            while True:
                busy = [w for w in self._workers if w.job is not None]
                idle = [w for w in self._workers if w.job is None]
                while not exhausted and len(busy) < self._size and sent - yielded < _WINDOW_PER_WORKER * self._size:
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                        break
                    worker = idle.pop() if idle else self._start()
                    # Busy before the send: if Ctrl-C lands between the two, _stop still terminates it.
                    worker.job = (sent, job)
                    try:
                        worker.connection.send((sent, job))
                    except OSError:  # it died while idle: a new one takes the job
                        self._retire(worker)
                        worker = self._start()
                        worker.job = (sent, job)
                        worker.connection.send((sent, job))
                    busy.append(worker)
                    sent += 1
                while yielded in done:
                    yield done.pop(yielded)
                    yielded += 1
                if not busy:
                    if exhausted and yielded == sent:
                        return
                    continue
                self._collect(busy, done)
        finally:
            self._stop()

    def _collect(self, busy: list[_Worker], done: dict[int, T]) -> None:
        from multiprocessing.connection import wait

        ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            assert worker.job is not None
            number, job = worker.job
            if worker.connection in ready:
                try:
                    answer, result = worker.connection.recv()
                except (EOFError, OSError):  # died before it could answer
                    pass
                else:
                    done[answer] = result
                    worker.job = None
                    continue
            elif worker.process.sentinel not in ready:
                continue
            self._retire(worker)
            done[number] = self._task.failed(job, _death(worker.process.exitcode))

    def _retire(self, worker: _Worker) -> None:
        worker.process.join()
        worker.connection.close()
        self._workers.remove(worker)

    def _stop(self) -> None:
        for worker in self._workers:
            if worker.job is not None:  # interrupted or abandoned mid-input: no reason to let it finish
                worker.process.terminate()
            worker.connection.close()  # an idle worker ends on its own
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._workers.clear()


# ------------------------------------------------------------------ rows of one facet


def columns(facet: str) -> list[str]:
    """The columns :func:`records` gives for ``facet``, in order, whether or not it has facts."""
    if facet not in FACETS:
        raise ValueError(f"no facet named {facet!r}; known: {', '.join(FACETS)}")
    fact_class = typing.get_args(typing.get_type_hints(Extraction)[facet])[0]
    hints = typing.get_type_hints(fact_class)
    names = ["source"]
    for field in attrs.fields(fact_class):
        if field.name == "mentions":
            continue
        record = _record_class(hints[field.name])
        if record is None:
            names.append(field.name)
        else:
            names.extend(f"{field.name}.{sub.name}" for sub in attrs.fields(record))
    names.extend(_DERIVED.get(facet, ()))
    return [*names, "mention_start", "mention_end", "mention_text"]


def _record_class(hint: Any) -> type | None:
    """The attrs class of a field holding one record (``Membership | None``), else None.

    Lists of records (positions) stay one column, and dates stay one EDTF string.
    """
    if typing.get_origin(hint) is tuple:
        return None
    for kind in (hint, *typing.get_args(hint)):
        if isinstance(kind, type) and attrs.has(kind) and not issubclass(kind, EdtfDate | EdtfInterval):
            return kind
    return None


def records(extraction: Extraction, facet: str) -> list[dict[str, Any]]:
    """One flat row per fact of ``facet``: what ``--format csv --facet`` writes, ready for pandas.

    A row holds the article's source, the fact's fields (a record such as
    ``quantity`` spread over ``quantity.count`` and ``quantity.unit``; a list joined
    with ``"; "``, each of its records' values with spaces) and the offsets and text
    of the fact's first mention. Values are those of the JSON form; absent ones are ``None``.

    >>> from vnfriendship import extract
    >>> rows = records(extract("Sáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định họp."), "unions")
    >>> rows[0]["province"], rows[0]["mention_start"]
    ('Nam Định', 10)
    """
    names = columns(facet)
    rows = []
    for fact in getattr(extraction, facet):
        data = _with_derived(facet, fact)
        row: dict[str, Any] = dict.fromkeys(names)
        row["source"] = extraction.source
        for key, value in data.items():
            if isinstance(value, dict):
                row.update({f"{key}.{sub}": item for sub, item in value.items()})
            elif key == "mentions":
                if value:
                    first = value[0]
                    row.update(mention_start=first["start"], mention_end=first["end"], mention_text=first["text"])
            elif isinstance(value, list):
                row[key] = "; ".join(_joined(item) for item in value)
            elif key in row:
                row[key] = value
        rows.append(row)
    return rows


def _joined(item: Any) -> str:
    if isinstance(item, dict):
        return " ".join(str(v) for v in item.values() if v not in (None, "", [], {}))
    return str(item)
