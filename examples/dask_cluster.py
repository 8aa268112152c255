"""Extract an archive of saved pages with Dask, on this machine or on a cluster.

    pip install 'vnfriendship[dask]'
    python examples/dask_cluster.py 'archive/**/*.txt' out/                           # a local cluster
    python examples/dask_cluster.py 'archive/**/*.txt' out/ --scheduler tcp://10.0.0.5:8786

The second form is the same code on a real cluster: start a scheduler (``dask scheduler``)
and workers (``dask worker tcp://10.0.0.5:8786``) on machines that have vnfriendship
installed and can read the archive at the same path (a shared file system), then pass the
scheduler's address. Deploying a cluster (SSH, Kubernetes, HPC job queues, clouds) is
described in dask-distributed's own documentation.
"""

from __future__ import annotations

import argparse

from distributed import Client, LocalCluster

from vnfriendship.dask import extract_bag, write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", help="a glob of the pages to read, e.g. 'archive/**/*.txt'")
    parser.add_argument("output", help="the folder for the JSONL partitions")
    parser.add_argument("--scheduler", help="a running cluster's scheduler address; none: a local cluster")
    parser.add_argument("--partitions", type=int, default=None, help="how many JSONL files (default: dask's choice)")
    args = parser.parse_args()
    cluster = None if args.scheduler else LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        print(f"cluster: {client}")
        names = write_jsonl(extract_bag(args.pattern, npartitions=args.partitions), args.output)
    if cluster is not None:
        cluster.close()
    print(f"wrote {len(names)} partition(s): {', '.join(names)}")


if __name__ == "__main__":
    main()
