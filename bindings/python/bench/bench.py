"""Measures the Python module: import and first-engine time, per-call cost,
and classify_many throughput on one and two threads.

    python bindings/python/bench/bench.py            # full run (under a minute)
    python bindings/python/bench/bench.py --quick    # a smoke run (scripts/test), numbers meaningless

Numbers vary by about 20% between runs on a shared 2-core machine.
"""

import json
import subprocess
import sys
import time

QUICK = "--quick" in sys.argv
SCALE = 0.01 if QUICK else 1.0


def import_and_first_engine() -> None:
    # A fresh interpreter each time: the import is cached after the first one.
    code = (
        "import time; t0 = time.perf_counter(); import tiergate; t1 = time.perf_counter(); "
        "tiergate.Engine(); t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True) for _ in range(3 if QUICK else 7)]
    imports, engines = zip(*(map(float, r.stdout.split()) for r in runs))
    print(f"{'import tiergate (median)':44} {sorted(imports)[len(imports) // 2] * 1000:.1f} ms")
    print(f"{'first Engine() (median)':44} {sorted(engines)[len(engines) // 2] * 1000:.1f} ms")


def json_text(value: object) -> str:
    return json.dumps(value)


def per_call(label: str, fn, iterations: int) -> None:
    for _ in range(min(iterations, 10_000)):
        fn()
    t0 = time.perf_counter()
    for _ in range(iterations):
        fn()
    us = (time.perf_counter() - t0) * 1e6 / iterations
    print(f"{label:44} {us:.2f} µs/call")


def rows(n: int, size: int) -> list:
    out = []
    for i in range(n):
        if i % 3 == 0:
            row = f"Customer {i}: mail u{i}@acme.io, call +1 415 867 {5300 + i % 90:04d}."
        else:
            row = f"Order {i} shipped on time; nothing unusual."
        while len(row) < size:
            row += " Lorem ipsum dolor sit amet, consectetur adipiscing elit."
        out.append(row)
    return out


def throughput(engine, label: str, texts: list, threads: int) -> None:
    size = sum(len(t.encode()) for t in texts)
    engine.classify_many(texts[:100], threads)
    t0 = time.perf_counter()
    engine.classify_many(texts, threads)
    s = time.perf_counter() - t0
    print(f"{label:44} {s:.3f} s  {len(texts) / s / 1000:.0f}k rows/s  {size / s / 1e6:.0f} MB/s")


def request(messages: int) -> dict:
    """A Messages request with a tool and `messages` turns of text and tool use (~41 KB for 50)."""
    turns = []
    for i in range(messages):
        turns.append({"role": "user", "content": [{"type": "text", "text": f"Please look at order {i} and summarise what the customer asked for in plain words. " * 4}]})
        turns.append({"role": "assistant", "content": [
            {"type": "text", "text": "Sure, here is the summary of the order. " * 6},
            {"type": "tool_use", "id": f"toolu_{i:04d}", "name": "lookup", "input": {"order": i, "fields": ["status", "items", "total"]}},
        ]})
    tool = {"name": "lookup", "description": "Looks an order up", "input_schema": {"type": "object", "properties": {"order": {"type": "integer"}}}}
    return {"model": "claude-test", "max_tokens": 1024, "system": "You are a helpful assistant.", "tools": [tool], "messages": turns}


def main() -> None:
    import tiergate

    import_and_first_engine()
    engine = tiergate.Engine()
    prompt = "Can you summarise the attached meeting notes for the team?"  # as in the Node benchmark
    per_call(f"classify, {len(prompt)}-char prompt", lambda: engine.classify(prompt), int(200_000 * SCALE) or 1)
    per_call(f"check, {len(prompt)}-char prompt", lambda: engine.check(prompt, "claude-api"), int(200_000 * SCALE) or 1)
    contact = "Mail jane.doe@acme.io or call +1 415 867 5309"
    per_call("classify, prompt with email + phone", lambda: engine.classify(contact), int(100_000 * SCALE) or 1)
    req = request(50)
    texts = [block["text"] for turn in req["messages"] for block in turn["content"] if block["type"] == "text"]
    per_call(f"guard_payload, {len(json_text(req)) // 1000} KB request, 100 messages", lambda: engine.guard_payload(req, "claude-api"), int(200 * SCALE) or 1)
    per_call("guard, only its 100 message texts", lambda: engine.guard(texts, "claude-api"), int(200 * SCALE) or 1)
    short = rows(int(100_000 * SCALE) or 10, 0)
    long = rows(int(5_000 * SCALE) or 10, 4096)
    for threads in (1, 2):
        throughput(engine, f"classify_many, {len(short):,} short rows, {threads} thread(s)", short, threads)
    for threads in (1, 2):
        throughput(engine, f"classify_many, {len(long):,} rows of 4 KB, {threads} thread(s)", long, threads)


if __name__ == "__main__":
    main()
