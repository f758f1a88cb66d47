"""The org benchmark's JSON lines (server/examples/org_bench.rs) as two Markdown tables:
the seeding per engine, and each page's p50 / p99 and served/s per configuration."""
import json
import sys

lines = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
seeds = [l for l in lines if l["kind"] == "seed"]
pages = [l for l in lines if l["kind"] == "page"]

print("| seeded | participants | coaches | rows through the stores | seconds | rows/s | database file |")
print("|---|---:|---:|---:|---:|---:|---:|")
for s in seeds:
    size = f'{s["bytes"] / 2**20:.0f} MiB' if s.get("bytes") else "(server)"
    rate = round(s["rows"] / max(s["seconds"], 1))
    print(f'| {s["engine"]} | {s["participants"]:,} | {s["coaches"]} | {s["rows"]:,} | {s["seconds"]:.0f} | {rate:,} | {size} |')
print()

configs = list(dict.fromkeys(p["config"] for p in pages))
order = list(dict.fromkeys(p["page"] for p in pages))
cell = {(p["config"], p["page"]): p for p in pages}
print("| page | " + " | ".join(configs) + " |")
print("|---|" + "---:|" * len(configs))
for page in order:
    row = []
    for c in configs:
        p = cell.get((c, page))
        if p is None:
            row.append("")
            continue
        mark = "**" if p["p99"] > 50 else ""
        lost = f' ({p["other"]} other, {p["dropped"]} dropped)' if p["other"] or p["dropped"] else ""
        row.append(f'{p["p50"]:.1f} / {mark}{p["p99"]:.1f}{mark} ms, {p["per_s"]:.0f}/s{lost}')
    print(f"| {page} | " + " | ".join(row) + " |")
print()
print("Each cell: p50 / p99 latency and answered 2xx per second; a p99 over the 50 ms aim in")
print("bold. " + ", ".join(
    f'{c}: {sum(p["served"] for p in pages if p["config"] == c):,} served, '
    f'{sum(p["other"] for p in pages if p["config"] == c)} other answers, '
    f'{sum(p["dropped"] for p in pages if p["config"] == c)} dropped'
    for c in configs) + ".")
