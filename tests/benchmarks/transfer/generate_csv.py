#!/usr/bin/env python3
"""Writes a deterministic CSV of N rows x 7 columns (about 80 bytes a row) to stdout or a file.

Columns: id (integer), name (text, some quoted with commas), zip (text with leading zeros),
price (real), quantity (integer), created (ISO date text), note (text, some empty).
"""
import random
import sys


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    out = open(sys.argv[2], "w", newline="", encoding="utf-8") if len(sys.argv) > 2 else sys.stdout
    rng = random.Random(42)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "Zoë", "Åsa"]
    out.write("id,name,zip,price,quantity,created,note\r\n")
    lines = []
    for i in range(1, rows + 1):
        name = f"{rng.choice(words)} {rng.choice(words)}"
        if i % 10 == 0:
            name = f'"{name}, {rng.choice(words)}"'
        zip_code = f"{rng.randrange(100000):05d}"
        price = f"{rng.randrange(1, 100000) / 100:.2f}"
        quantity = rng.randrange(1000)
        created = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        note = "" if i % 7 == 0 else f"note {rng.randrange(1_000_000)}"
        lines.append(f"{i},{name},{zip_code},{price},{quantity},{created},{note}\r\n")
        if len(lines) == 10000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    out.close()


if __name__ == "__main__":
    main()
