"""`make nlu-perf`: what the bot sees of the NLU on this machine.

Runs with the bot venv. Trains config.yml (timed), starts it under the bot's RasaSupervisor
(load time = spawn to first healthy /status), then parses held-out messages through the bot's
RasaHttpClient: one at a time (latency p50/p99) and 8 in parallel (parses per second and
latency), and reads the NLU process's resident memory (the whole process group).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from bot.nlu import RasaHttpClient, RasaSupervisor  # noqa: E402
from nlu.tools.eval import TRAIN_ENV  # noqa: E402
from nlu.tools.parse_cache import free_port  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402

SEQUENTIAL = 500
PARALLEL = 2000
CONCURRENCY = 8


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def group_cpu_s(pgid: int) -> float:
    """User + system CPU seconds of every process in the group (the NLU server)."""
    ticks = 0
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        except (OSError, ValueError, IndexError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def group_rss_mb(pgid: int) -> float:
    total_kb = 0
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # field 5 of stat: process group
                continue
            for line in (status.parent / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total_kb / 1024


async def timed_parse(client: RasaHttpClient, text: str) -> float:
    started = time.perf_counter()
    await client.parse(text)
    return (time.perf_counter() - started) * 1000


async def measure(rasa: Path, model: Path, texts: list[str], log: Path) -> dict[str, float]:
    supervisor = RasaSupervisor(rasa, model, free_port(), log)
    await supervisor.start()
    try:
        if not await supervisor.wait_ready(300):
            sys.exit(f"Rasa did not come up; see {log}")
        client = RasaHttpClient(supervisor.url, timeout_s=10.0)
        for text in texts[:50]:  # warm-up
            await client.parse(text)
        sequential = [await timed_parse(client, texts[i % len(texts)]) for i in range(SEQUENTIAL)]
        assert supervisor.pid is not None
        cpu_before = group_cpu_s(supervisor.pid)
        queue = iter(range(PARALLEL))
        parallel: list[float] = []

        async def worker() -> None:
            for i in queue:
                parallel.append(await timed_parse(client, texts[i % len(texts)]))

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        wall = time.perf_counter() - started
        cpu_ms = 1000 * (group_cpu_s(supervisor.pid) - cpu_before) / PARALLEL
        await client.aclose()
        return {
            "server_cpu_ms_per_parse": cpu_ms,
            "load_s": supervisor.load_time_s or 0.0,
            "rss_mb": group_rss_mb(supervisor.pid),
            "seq_p50_ms": statistics.median(sequential),
            "seq_p99_ms": percentile(sequential, 0.99),
            "seq_per_s": len(sequential) / (sum(sequential) / 1000),
            "par_p50_ms": statistics.median(parallel),
            "par_p99_ms": percentile(parallel, 0.99),
            "par_per_s": PARALLEL / wall,
        }
    finally:
        await supervisor.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=ROOT / "config.yml")
    parser.add_argument("--train", type=Path, default=ROOT / "nlu" / "data" / "train")
    parser.add_argument("--models", type=Path, help="unused; kept for the make target")
    parser.add_argument("--model", type=Path, help="measure this trained model (no training)")
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "nlu-perf")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if args.model is None:
        subprocess.run(
            [str(args.rasa), "train", "nlu", "--config", str(args.config), "--nlu",
             str(args.train), "--out", str(args.out), "--fixed-model-name", "perf", "--quiet"],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
            env={**os.environ, **TRAIN_ENV},
        )
    train_s = time.perf_counter() - started
    texts = [normalise(t).text for f in sorted((ROOT / "nlu" / "heldout").glob("*.yml"))
             for t, _ in read_examples(f)]
    model, log = args.model or args.out / "perf.tar.gz", args.out / "rasa.log"
    figures = asyncio.run(measure(args.rasa, model, texts, log))
    figures["train_s"] = train_s
    if args.model is None:
        print(f"training (rasa train nlu, wall)       {train_s:7.1f} s")
    print(f"model load (spawn to healthy)         {figures['load_s']:7.1f} s")
    print(f"NLU process RSS (process group)       {figures['rss_mb']:7.0f} MB")
    print(f"one at a time: p50 {figures['seq_p50_ms']:.1f} ms, p99 {figures['seq_p99_ms']:.1f} ms, "
          f"{figures['seq_per_s']:.0f} parses/s")
    print(f"{CONCURRENCY} in parallel: p50 {figures['par_p50_ms']:.1f} ms, "
          f"p99 {figures['par_p99_ms']:.1f} ms, {figures['par_per_s']:.0f} parses/s")
    print(f"NLU server CPU per parse (8 parallel)  {figures['server_cpu_ms_per_parse']:7.2f} ms"
          f"  (one core: at most {1000 / figures['server_cpu_ms_per_parse']:.0f} parses/s)")
    (args.out / "results.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
