"""`make bench`: mistral-client against raw httpx and Mistral's official SDK, one local server.

Every scenario runs each client in interleaved rounds (the order rotates each round) against
the same fast local server (bench/fastserver.py, in its own process), and reports medians and
ratios to raw httpx. Nothing here asserts: the numbers are for reading and for BENCHMARKS.md.

    python bench/run.py [--quick] [--markdown FILE] [--installed] [--installed-spec SPEC]

`--installed` also measures as users run it: the wheel built into a fresh venv with pip (which
byte-compiles it), then `import httpx`, `import mistral_client` and import + a first
`chat.complete` there, with PYTHONDONTWRITEBYTECODE=1, and the installed size.
`--installed-spec SPEC` does the same once more with the package generated from SPEC swapped in
for `_mistral_api` (Mistral's full spec: 972 models), timing the generation.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = [
    {"role": "user", "content": "Who is the best French painter? Answer in one short sentence."}
]
KEY = "bench-key"
HEADERS = {"Authorization": f"Bearer {KEY}"}
INPUTS = ["Embed this sentence.", "And this one."]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server() -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "fastserver.py"), str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith("ready")
    return process, f"http://127.0.0.1:{port}"


def official_sdk() -> Any | None:
    try:
        from mistralai.client import Mistral as Official
    except ImportError:
        return None
    return Official


Row = tuple[str, str, str, str]

# ----------------------------------------------------------------------------- clients


class Raw:
    """The baseline: httpx post + json(); stream lines + json.loads per event."""

    name = "raw httpx"

    def __init__(self, url: str) -> None:
        self.base = url
        self.url = f"{url}/v1/chat/completions"
        self.client = httpx.Client()
        self.aclient: httpx.AsyncClient | None = None

    def complete(self, model: str = "mistral-small-latest") -> Any:
        response = self.client.post(
            self.url, json={"model": model, "messages": MESSAGES}, headers=HEADERS
        )
        response.raise_for_status()
        return response.json()

    def stream(self, model: str, on_first: Callable[[], None]) -> int:
        count = 0
        body = {"model": model, "messages": MESSAGES, "stream": True}
        with self.client.stream("POST", self.url, json=body, headers=HEADERS) as response:
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    json.loads(line[6:])
                    if count == 0:
                        on_first()
                    count += 1
        return count

    def embed(self) -> Any:
        response = self.client.post(
            f"{self.base}/v1/embeddings",
            json={"model": "mistral-embed", "input": INPUTS},
            headers=HEADERS,
        )
        response.raise_for_status()
        return response.json()

    def list_models(self) -> Any:
        response = self.client.get(f"{self.base}/v1/models", headers=HEADERS)
        response.raise_for_status()
        return response.json()

    async def acomplete(self, model: str = "m") -> Any:
        assert self.aclient is not None
        response = await self.aclient.post(
            self.url, json={"model": model, "messages": MESSAGES}, headers=HEADERS
        )
        response.raise_for_status()
        return response.json()

    def open_async(self, limits: httpx.Limits) -> None:
        self.aclient = httpx.AsyncClient(limits=limits)

    async def close_async(self) -> None:
        assert self.aclient is not None
        await self.aclient.aclose()


class Ours:
    name = "mistral-client"

    def __init__(self, url: str) -> None:
        from mistral_client import Mistral

        self.url = url
        self.client = Mistral(api_key=KEY, server_url=url)
        self.aclient: Any = None

    def complete(self, model: str = "mistral-small-latest") -> Any:
        return self.client.chat.complete(model=model, messages=MESSAGES)

    def stream(self, model: str, on_first: Callable[[], None]) -> int:
        count = 0
        for _ in self.client.chat.stream(model=model, messages=MESSAGES):
            if count == 0:
                on_first()
            count += 1
        return count

    def embed(self) -> Any:
        return self.client.embeddings.create(model="mistral-embed", inputs=INPUTS)

    def list_models(self) -> Any:
        return self.client.models.list()

    async def acomplete(self, model: str = "m") -> Any:
        return await self.aclient.chat.complete_async(model=model, messages=MESSAGES)

    def open_async(self, limits: httpx.Limits) -> None:
        from mistral_client import Mistral

        self.aclient = Mistral(
            api_key=KEY, server_url=self.url, async_client=httpx.AsyncClient(limits=limits)
        )

    async def close_async(self) -> None:
        await self.aclient._async_client().aclose()


class OursNoAccumulate(Ours):
    """mistral-client streaming with chat.stream(..., accumulate=False): nothing kept."""

    name = "mistral-client, accumulate=False"

    def stream(self, model: str, on_first: Callable[[], None]) -> int:
        count = 0
        for _ in self.client.chat.stream(model=model, messages=MESSAGES, accumulate=False):
            if count == 0:
                on_first()
            count += 1
        return count


def accumulate_option() -> bool:
    """Whether the mistral-client measured has accumulate= (not before issue 8)."""
    from mistral_client import ChatStream

    return "accumulate" in inspect.signature(ChatStream).parameters


class OursDefaultAsync(Ours):
    """mistral-client with the async client it creates itself (aiohttp transport if installed)."""

    name = "mistral-client, default async client"

    def open_async(self, limits: httpx.Limits) -> None:
        from mistral_client import Mistral

        self.aclient = Mistral(api_key=KEY, server_url=self.url)

    async def close_async(self) -> None:
        await self.aclient.aclose()


class Official(Ours):
    """Mistral's SDK: the same calls (complete, stream, complete_async) as mistral-client."""

    name = "mistralai (official)"

    def __init__(self, url: str) -> None:
        sdk = official_sdk()
        assert sdk is not None
        self.sdk, self.url = sdk, url
        self.client = sdk(api_key=KEY, server_url=url)
        self.aclient: Any = None

    def open_async(self, limits: httpx.Limits) -> None:
        self.aclient = self.sdk(
            api_key=KEY, server_url=self.url, async_client=httpx.AsyncClient(limits=limits)
        )

    async def close_async(self) -> None:
        pass


# ----------------------------------------------------------------------------- scenarios


def interleave(
    clients: list[Any], rounds: int, measure: Callable[[Any], float]
) -> dict[str, float]:
    """Median of MEASURE per client over ROUNDS rounds, the client order rotating each round."""
    samples: dict[str, list[float]] = {c.name: [] for c in clients}
    for number in range(rounds):
        order = clients[number % len(clients) :] + clients[: number % len(clients)]
        for client in order:
            samples[client.name].append(measure(client))
    return {name: statistics.median(values) for name, values in samples.items()}


def sequential(client: Any, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        client.complete()
    return (time.perf_counter() - started) / n


def generated(client: Any, method: str, n: int) -> float:
    """Time per call of a generated resource method (a raw httpx request for the baseline)."""
    call = getattr(client, method)
    started = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - started) / n


def big(client: Any, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        client.complete(model="bench-size-2000000")
    return (time.perf_counter() - started) / n


def streamed(client: Any, chunks: int) -> tuple[float, float]:
    first: list[float] = []
    started = time.perf_counter()
    count = client.stream(f"bench-chunks-{chunks}", lambda: first.append(time.perf_counter()))
    elapsed = time.perf_counter() - started
    assert count == chunks, (client.name, count)
    return elapsed / chunks, first[0] - started


def concurrent(client: Any, n: int, limits: httpx.Limits, model: str = "m") -> float:
    async def run() -> float:
        client.open_async(limits)
        try:
            await asyncio.gather(*(client.acomplete() for _ in range(20)))  # warm the pool
            started = time.perf_counter()
            await asyncio.gather(*(client.acomplete(model) for _ in range(n)))
            return n / (time.perf_counter() - started)
        finally:
            await client.close_async()

    return asyncio.run(run())


def import_times(
    modules: dict[str, str], runs: int, write_bytecode: bool, prefix: Path
) -> dict[str, float]:
    """Per client, median wall time of `python -c "import MODULE"` minus `python -c pass`."""
    codes = {name: f"import {module}" for name, module in modules.items()}
    return process_times(codes, runs, write_bytecode, prefix)


def process_times(
    codes: dict[str, str],
    runs: int,
    write_bytecode: bool,
    prefix: Path | None = None,
    python: str = sys.executable,
) -> dict[str, float]:
    """Per name, median wall time of `python -c CODE` minus that of `python -c pass`.

    The whole process, as a user waits for it, in interleaved rounds. With
    write_bytecode=False, PYTHONDONTWRITEBYTECODE=1 is set (container images, CI): only byte
    code already on disk helps. With True it is unset and byte code goes to a fresh
    PYTHONPYCACHEPREFIX, warmed by one uncounted run, so nothing is written into .venv or the
    project.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if write_bytecode:
        assert prefix is not None
        env["PYTHONPYCACHEPREFIX"] = str(prefix)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"

    def wall(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([python, "-c", code], env=env, check=True)
        return time.perf_counter() - started

    codes = {"bare": "pass", **codes}
    for code in codes.values():  # warm the OS file cache (and the prefix, if any)
        wall(code)
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            samples[name].append(wall(code))
    bare = statistics.median(samples.pop("bare"))
    return {name: statistics.median(values) - bare for name, values in samples.items()}


MEMORY_PROBE = textwrap.dedent(
    """
    import sys, tracemalloc
    sys.path.insert(0, {bench!r})
    from run import {cls}
    client = {cls}({url!r})
    client.complete()
    tracemalloc.start()
    client.stream("bench-chunks-{chunks}", lambda: None)
    print(tracemalloc.get_traced_memory()[1])
    """
)


def peak_memory(cls: str, url: str, chunks: int) -> int:
    code = MEMORY_PROBE.format(bench=str(ROOT / "bench"), cls=cls, url=url, chunks=chunks)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout)


def first_call_codes(url: str, official: bool) -> dict[str, str]:
    """`python -c` programs: import, construct and make a first chat call (issue 16 item 6).

    The baseline, "raw httpx", is `import httpx` alone: the target is import + first call
    <= 1.5x that. A first raw request is measured beside it for scale.
    """
    args = f"model='mistral-small-latest', messages={MESSAGES!r}"
    codes = {
        "raw httpx": "import httpx",
        "raw httpx, import + first request": (
            f"import httpx; httpx.post({url + '/v1/chat/completions'!r}, "
            f"json=dict({args}), headers={HEADERS!r}).raise_for_status()"
        ),
        "mistral-client": (
            "from mistral_client import Mistral; "
            f"Mistral(api_key={KEY!r}, server_url={url!r}).chat.complete({args})"
        ),
    }
    if official:
        codes["mistralai (official)"] = (
            "from mistralai.client import Mistral; "
            f"Mistral(api_key={KEY!r}, server_url={url!r}).chat.complete({args})"
        )
    return codes


def tree_size(path: Path, bytecode: bool) -> int:
    """Bytes of the files under PATH, with or without __pycache__."""
    return sum(
        f.stat().st_size
        for f in path.rglob("*")
        if f.is_file() and (bytecode or "__pycache__" not in f.parts)
    )


def installed_venv(where: Path, wheel: Path, generated: Path | None) -> tuple[Path, str]:
    """A fresh venv with the wheel pip-installed (GENERATED, if any, swapped in and compiled).

    Returns the venv's python and a line on the installed package: compiled or not, its size.
    """
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    python = where / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)]
    installing = subprocess.run(pip, capture_output=True, text=True)
    if installing.returncode:
        sys.exit(f"pip install {wheel.name} failed:\n{installing.stderr}")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    if generated is not None:
        shutil.rmtree(site / "_mistral_api")
        shutil.copytree(generated, site / "_mistral_api")
        subprocess.run([str(python), "-m", "compileall", "-q", "-j", "0", str(site)], check=True)
    packages = [site / "mistral_client", site / "_mistral_api"]
    sources = sum(len(list(p.rglob("*.py"))) for p in packages)
    compiled = sum(len(list(p.rglob("__pycache__/*.pyc"))) for p in packages)
    code, total = (sum(tree_size(p, b) for p in packages) for b in (False, True))
    by = "by pip at install" if generated is None else "(pip, then compileall after the swap)"
    note = (
        f"{compiled} of {sources} modules byte-compiled {by}; "
        f"mistral_client + _mistral_api: {code / 1e6:.1f} MB of source, "
        f"{total / 1e6:.1f} MB with byte code"
    )
    return python, note


def installed_rows(url: str, runs: int, spec: Path | None) -> tuple[list[Row], list[str]]:
    """Import and import + first call in pip-installed venvs, as users run them."""
    rows: list[Row] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        build = [sys.executable, "-m", "uv", "build", "--wheel", "--quiet"]
        subprocess.run([*build, "--out-dir", str(base / "dist"), str(ROOT)], check=True)
        (wheel,) = (base / "dist").glob("*.whl")
        cases: list[tuple[str, Path | None]] = [("openapi.yaml", None)]
        if spec is not None:
            started = time.perf_counter()
            prepare = [sys.executable, str(ROOT / "scripts" / "prepare_spec.py"), "generate"]
            subprocess.run([*prepare, str(spec), str(base / "gen"), "--quiet"], check=True)
            elapsed = time.perf_counter() - started
            models = len(list((base / "gen" / "_mistral_api" / "models").glob("*.py"))) - 1
            notes.append(f"generating from {spec.name}: {elapsed:.1f} s, {models} model modules")
            cases.append((f"{spec.name}, {models} models", base / "gen" / "_mistral_api"))
        first = first_call_codes(url, False)
        codes = {
            "import httpx": "import httpx",
            "import httpx + a first raw httpx.post (for scale)": first[
                "raw httpx, import + first request"
            ],
            "import mistral_client": "import mistral_client",
            "import + Mistral() + first chat.complete": first["mistral-client"],
        }
        for number, (generated_from, package) in enumerate(cases):
            python, note = installed_venv(base / f"venv{number}", wheel, package)
            notes.append(f"pip-installed wheel, package generated from {generated_from}: {note}")
            times = process_times(codes, runs, write_bytecode=False, python=str(python))
            label = (
                f"pip-installed wheel (generated from {generated_from}), "
                "PYTHONDONTWRITEBYTECODE=1 (process minus bare interpreter)"
            )
            for name, value in times.items():
                ratio = value / times["import httpx"]
                rows.append((label, name, f"{value * 1e3:,.1f} ms", f"{ratio:.2f}x"))
    return rows, notes


# ----------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument("--markdown", type=Path, help="also write the results table to this file")
    parser.add_argument("--pool", type=int, default=100, help="max connections of the async pools")
    parser.add_argument(
        "--installed",
        action="store_true",
        help="also measure the wheel pip-installed in a fresh venv (import, first call, size)",
    )
    parser.add_argument(
        "--installed-spec",
        type=Path,
        metavar="SPEC",
        help="--installed, plus the package generated from SPEC swapped in (implies --installed)",
    )
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else 7
    process, url = start_server()
    rows: list[Row] = []
    notes: list[str] = []
    try:
        clients: list[Any] = [Raw(url), Ours(url)]
        if official_sdk() is not None:
            clients.append(Official(url))
        for c in clients:  # warm up connections and lazy imports
            c.complete()
            c.embed()
            c.list_models()
        names = [c.name for c in clients]

        def add(
            label: str,
            values: dict[str, float],
            unit: str,
            scale: float,
            higher_is_better: bool = False,
        ) -> None:
            base = values["raw httpx"]
            for name in values:
                ratio = values[name] / base
                rows.append((label, name, f"{values[name] * scale:,.1f} {unit}", f"{ratio:.2f}x"))

        n = 200 if args.quick else 1000
        add(
            f"{n} sequential requests: time per request",
            interleave(clients, rounds, lambda c: sequential(c, n)),
            "µs",
            1e6,
        )
        for method, call in (
            ("embed", "embeddings.create"),
            ("list_models", "models.list (GET)"),
        ):
            add(
                f"{n} sequential {call}, a generated method: time per request",
                interleave(clients, rounds, lambda c, m=method: generated(c, m, n)),
                "µs",
                1e6,
            )
        accumulate = accumulate_option()
        stream_clients = clients[:2] + ([OursNoAccumulate(url)] if accumulate else []) + clients[2:]
        stream_names = [c.name for c in stream_clients]
        per_chunk: dict[str, list[float]] = {name: [] for name in stream_names}
        first: dict[str, list[float]] = {name: [] for name in stream_names}
        for number in range(rounds):
            rotation = number % len(stream_clients)
            for c in stream_clients[rotation:] + stream_clients[:rotation]:
                chunk_time, ttfc = streamed(c, 10_000)
                per_chunk[c.name].append(chunk_time)
                first[c.name].append(ttfc)
        add(
            "stream of 10,000 chunks: time per chunk",
            {k: statistics.median(v) for k, v in per_chunk.items()},
            "µs",
            1e6,
        )
        add(
            "stream: time to first chunk",
            {k: statistics.median(v) for k, v in first.items()},
            "ms",
            1e3,
        )
        limits = httpx.Limits(max_connections=args.pool, max_keepalive_connections=args.pool)
        async_clients = [*clients, OursDefaultAsync(url)]
        add(
            f"500 concurrent async requests (pool {args.pool}): requests/s",
            interleave(async_clients, rounds, lambda c: concurrent(c, 500, limits)),
            "req/s",
            1,
        )
        add(
            "500 concurrent async requests, server answering in 200 ms: requests/s",
            interleave(
                async_clients,
                max(rounds // 2, 2),
                lambda c: concurrent(c, 500, limits, "bench-delay-200"),
            ),
            "req/s",
            1,
        )
        add(
            "2 MB response: time per request",
            interleave(clients, rounds, lambda c: big(c, 5)),
            "ms",
            1e3,
        )
        modules = {
            "raw httpx": "httpx",
            "mistral-client": "mistral_client",
            "mistralai (official)": "mistralai.client",
        }
        runs = 5 if args.quick else 9
        with tempfile.TemporaryDirectory() as prefix:
            for label, write in (
                ("cold import, PYTHONDONTWRITEBYTECODE=1 (process minus bare interpreter)", False),
                ("cold import, byte code written (process minus bare interpreter)", True),
            ):
                measured = {name: modules[name] for name in names}
                add(label, import_times(measured, runs, write, Path(prefix)), "ms", 1e3)
        add(
            "import + Mistral() + first chat.complete, PYTHONDONTWRITEBYTECODE=1 "
            "(process minus bare interpreter; raw httpx: `import httpx` alone)",
            process_times(first_call_codes(url, "mistralai (official)" in names), runs, False),
            "ms",
            1e3,
        )
        classes = {
            "raw httpx": "Raw",
            "mistral-client": "Ours",
            "mistral-client, accumulate=False": "OursNoAccumulate",
            "mistralai (official)": "Official",
        }
        memory_names = names[:2] + [OursNoAccumulate.name] * accumulate + names[2:]
        for name in memory_names:
            small, large = (peak_memory(classes[name], url, k) for k in (10_000, 100_000))
            rows.append(
                (
                    "peak memory streaming 10k → 100k chunks",
                    name,
                    f"{small / 1e6:.2f} → {large / 1e6:.2f} MB",
                    f"{large / small:.2f}x growth",
                )
            )
        if args.installed or args.installed_spec:
            # The import budget is read here: whole processes on a shared 2-core machine
            # spread by ±30% from run to run, so more of them (each is ~0.2 s) than above.
            installed, notes = installed_rows(url, 21 if args.quick else 31, args.installed_spec)
            rows += installed
    finally:
        process.terminate()
        process.wait()
    table = ["| scenario | client | median | vs raw httpx |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    python = f"{platform.python_implementation()} {platform.python_version()}"
    machine = f"{python}, {platform.machine()}, {os.cpu_count()} cores"
    text = "\n".join(table) + f"\n\nMachine: {machine}. Rounds: {rounds}, interleaved.\n"
    text += "".join(f"\n- {note}" for note in notes) + ("\n" if notes else "")
    from bulk import table as bulk_table  # bench/bulk.py: the bulk row, a table of its own

    text += "\n" + bulk_table(n=2_000 if args.quick else 10_000)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
