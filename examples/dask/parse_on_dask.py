#!/usr/bin/env python3
"""Parse news stories with article-parse on a Dask distributed cluster.

INPUT is a folder of story files, or JSON lines (one record a line,
{"id": ..., "text": ...}: a file, a glob, or any URL Dask reads). The records
are cut into partitions; each partition is piped, on whichever worker runs it,
through `article-parse --from ndjson`, and its output is written as
OUT/part-NNNNN.ndjson (one Article a line, or one error line for a record that
failed). Concatenated in name order, the parts hold the output in input order.

    python3 parse_on_dask.py stories/ out/                         # a LocalCluster of 2 workers
    python3 parse_on_dask.py lake.ndjson out/ --workers 4
    python3 parse_on_dask.py lake.ndjson out/ --scheduler tcp://10.0.0.5:8786
    python3 parse_on_dask.py lake.ndjson out/ -- --jobs 1 --positions   # arguments for article-parse

The exit code is 0 when every record gave Articles, 1 when some gave an error line.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys

import dask
from dask.bytes import read_bytes
from distributed import Client, LocalCluster

# Story files taken from a folder (article-parse's own default, --ext).
STORY_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
# What each partition is piped through, unless arguments follow `--`: one thread per
# article-parse, as Dask already runs one task per worker thread.
DEFAULT_ARGS = ["--jobs", "1"]


def story_paths(folder):
    """Story files below `folder`, walked in sorted order, hidden files and node_modules skipped."""
    found = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(STORY_EXTENSIONS):
                found.append(os.path.join(top, name))
    return found


def read_story(path):
    """A story file's text: UTF-8 (a byte-order mark dropped), else Windows-1252."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def records_of(paths, root):
    """Story files as JSON lines, each file's path below `root` its id."""
    lines = []
    for path in paths:
        record = {"id": os.path.relpath(path, root).replace(os.sep, "/"), "text": read_story(path)}
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def write_part(out_dir, index, data):
    """Writes one partition's output through a temp file, so a retried task leaves one whole part."""
    path = os.path.join(out_dir, "part-%05d.ndjson" % index)
    temp = os.path.join(out_dir, ".part-%05d.ndjson.%d.tmp" % (index, os.getpid()))
    with open(temp, "wb") as f:
        f.write(data)
    os.replace(temp, path)
    return path


def parse_block(block, index, out_dir, command):
    """Pipes one partition of JSON lines through article-parse and writes its part. Runs on a worker."""
    proc = subprocess.run(command, input=block, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # 1 means some records gave error lines: they are in the output, like every other record.
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            "article-parse exited %d on partition %d: %s"
            % (proc.returncode, index, proc.stderr.decode("utf-8", "replace")[-2000:])
        )
    lines = proc.stdout.splitlines()
    return {
        "part": write_part(out_dir, index, proc.stdout),
        "records": sum(1 for line in block.splitlines() if line.strip()),
        "lines": len(lines),
        # Error lines open with "source"; Articles with "schemaVersion".
        "errors": sum(1 for line in lines if line.startswith(b'{"source":')),
    }


def parse_files(paths, root, index, out_dir, command):
    """Reads one partition of story files (on the worker: the folder must be shared) and parses it."""
    return parse_block(records_of(paths, root), index, out_dir, command)


def partitions(args, command):
    """One delayed task per partition, in input order."""
    if os.path.isdir(args.input):
        paths = story_paths(args.input)
        size = args.files_per_partition
        return [
            dask.delayed(parse_files)(paths[i : i + size], args.input, n, args.out_dir, command)
            for n, i in enumerate(range(0, len(paths), size))
        ]
    # Blocks of about --blocksize bytes, each cut at a newline, so no record is split.
    _, blocks, _ = read_bytes(args.input, delimiter=b"\n", blocksize=args.blocksize, sample=False, include_path=True)
    flat = [block for file_blocks in blocks for block in file_blocks]
    return [dask.delayed(parse_block)(block, n, args.out_dir, command) for n, block in enumerate(flat)]


def main(argv):
    extra = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a folder of story files, or JSON lines (a file, a glob or a URL)")
    parser.add_argument("out_dir", help="where part-NNNNN.ndjson go (on a real cluster: a folder every worker shares)")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (default: start a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--command", default="article-parse", help="how workers run article-parse (default: article-parse)")
    parser.add_argument("--blocksize", default="16MiB", help="JSON lines per partition, in bytes (default 16MiB)")
    parser.add_argument("--files-per-partition", type=int, default=4000, help="story files per partition (default 4000)")
    args = parser.parse_args(argv)
    command = shlex.split(args.command) + ["--from", "ndjson", "--quiet"] + (extra or DEFAULT_ARGS)
    os.makedirs(args.out_dir, exist_ok=True)

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        results = dask.compute(*partitions(args, command))
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()

    records = sum(r["records"] for r in results)
    lines = sum(r["lines"] for r in results)
    errors = sum(r["errors"] for r in results)
    print(
        "parse_on_dask: %d partitions, %d records in, %d lines out (%d error lines) in %s/part-*.ndjson"
        % (len(results), records, lines, errors, args.out_dir),
        file=sys.stderr,
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
