#!/usr/bin/python3
"""Reference shortest round-trip decimal strings of doubles, from Python's repr.

Python's repr(float) is the shortest string that round-trips, and among those the closest to the
binary value (David Gay's dtoa, mode 0). The test NumberTextTest compares NumberText.format's digits
and exponent with these.

Run: /usr/bin/python3 make_shortest_doubles.py   (writes shortest_doubles.csv.gz beside it)
Each line: the IEEE-754 bits as 16 hex digits, a comma, repr(x).
"""
import gzip
import math
import os
import random
import struct
import sys

print("python", sys.version.split()[0], file=sys.stderr)
rnd = random.Random(20261122)
values = []


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def bits(x):
    return struct.unpack(">Q", struct.pack(">d", x))[0]


# uniformly random finite bit patterns (all magnitudes, subnormals included)
while len(values) < 4000:
    x = from_bits(rnd.getrandbits(64))
    if math.isfinite(x):
        values.append(x)
# random values in the range scores live in
values += [rnd.random() for _ in range(3000)]
values += [rnd.random() * 10 ** rnd.randint(-12, 18) for _ in range(3000)]
# ratios of small integers, like overlap and Jaccard scores
values += [rnd.randint(1, 500) / rnd.randint(1, 500) for _ in range(1500)]
# every power of two and its two neighbours (the irregular rounding intervals)
for e in range(-1074, 1024):
    p = math.ldexp(1.0, e)
    values += [p, math.nextafter(p, 0.0), math.nextafter(p, math.inf)]
# powers of ten and their neighbours
for e in range(-323, 309):
    p = float("1e%d" % e)
    values += [p, math.nextafter(p, 0.0), math.nextafter(p, math.inf)]
# known hard cases and extremes
values += [5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           0.1, 0.2, 0.3, 1 / 3, 2 / 3, 9007199254740993.0, 2.0 ** 63, 1e23, 8.41e21,
           5.0e-7, 1e-7, 1e21, 123456789012345678.0, 2.0e-3, 4.35, 0.0001, 1.0, 3.0]
values = [abs(v) for v in values if v != 0.0]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shortest_doubles.csv.gz")
with gzip.GzipFile(path, "wb", mtime=0) as f:
    for v in values:
        f.write(("%016x,%r\n" % (bits(v), v)).encode("ascii"))
print(len(values), "values", file=sys.stderr)
