"""Instructions per request of bench/serving.py's queries, in process (issue 15).

    python bench/serve_icount.py --db STORE.db                      # every query, 100 requests each
    python bench/serve_icount.py --db STORE.db --only 'q=' --floor  # and the floor app on the same bytes
    python bench/serve_icount.py --db STORE.db --src /tmp/main-export  # another checkout's code

Counts instructions with valgrind's callgrind rather than timing: the count of a
request does not move with the machine's load, so a 5% change shows on a shared
machine where rates move by 2x. The queries' paths are found first, without valgrind,
as ``bench/serve_profile.py`` finds them (page N through ``links.next``). Then one
valgrind run serves every query: the child builds the app, warms each query up, then
runs ``--requests`` requests of each in turn, calling ``os.getppid()`` between queries;
``--dump-before=getppid`` makes callgrind write its counts at each of those calls, so
each query's requests are one dump of their own. ``PYTHONHASHSEED=0`` makes runs repeat
(to within about 0.5%). Under valgrind OpenSSL's SHA-256 runs without the CPU's SHA
instructions, so hashing counts several times what it costs natively.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _app(src: str, db: str):
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, src)
    os.environ["TIMELINE_READ_ONLY"] = "true"
    from timeline_api import create_app

    return create_app({"READ_ONLY": True, "DATABASE": str(Path(db).resolve()), "SKIP_SEEDING": True})


def child(src: str, db: str, plan_file: str, requests: int, floor: bool) -> None:
    app = _app(src, db)
    from serve_profile import _environ, call

    plan = json.loads(Path(plan_file).read_text())
    environs = [_environ(path) for _, path in plan]
    apps = [app] * len(plan)
    if floor:  # the floor app sending each query's bytes: what Flask and WSGI cost alone
        bodies = Path(tempfile.mkdtemp(prefix="floor-"))
        for index, environ in enumerate(environs):
            (bodies / f"q{index}.json").write_bytes(call(app, environ))
        os.environ["FLOOR_BODIES"] = str(bodies)
        from floor_app import app as floor_app  # reads FLOOR_BODIES when imported

        plan += [(f"floor: {name}", f"/floor/q{index}") for index, (name, _) in enumerate(plan)]
        environs += [_environ(f"/floor/q{index}") for index in range(len(environs))]
        apps += [floor_app] * (len(plan) - len(apps))
    for each, environ in zip(apps, environs):  # warm: caches, prepared statements, first-use imports
        for _ in range(20):
            call(each, environ)
    for name, _ in plan:
        print(name, flush=True)
    for each, environ in zip(apps, environs):
        os.getppid()  # callgrind dumps here: what came before is not this query's
        for _ in range(requests):
            call(each, environ)
    os.getppid()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument("--only", help="a substring of the queries' names or paths to count")
    parser.add_argument("--floor", action="store_true", help="count the floor app on the same bytes too")
    parser.add_argument("--src", default=str(HERE.parent), help="checkout whose timeline_api is counted")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    src = str(Path(args.src).resolve())
    if args.child:
        child(src, args.db, args.child, args.requests, args.floor)
        return 0
    app = _app(src, args.db)
    from serve_profile import queries

    plan = [(n, p) for n, p in queries(app, args.db, args.page)
            if args.only is None or args.only in p or args.only in n]
    out = Path(tempfile.mkdtemp(prefix="icount-"))
    (out / "plan.json").write_text(json.dumps(plan))
    argv = ["valgrind", "--tool=callgrind", "--dump-before=getppid", "--dump-instr=no",
            f"--callgrind-out-file={out}/cg.out", sys.executable, __file__, "--child", str(out / "plan.json"),
            "--db", args.db, "--requests", str(args.requests), "--src", src] + (["--floor"] if args.floor else [])
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    names = done.stdout.split("\n")[:-1]
    dumps = sorted(out.glob("cg.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    # dump 1 is start-up and warm-up; dump k + 1 holds query k's requests
    totals = [int(re.search(r"^(?:summary|totals): (\d+)", p.read_text(), re.M).group(1)) for p in dumps]
    print("| query | instructions per request |\n|---|---:|")
    for name, total in zip(names, totals[1:]):
        print(f"| {name} | {total // args.requests:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
