"""Drive a URL with wrk on loopback and read its figures."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

WRK_DIR = Path(__file__).resolve().parent / "wrk"
WRK_THREADS = 1  # one C thread easily saturates two Python workers per core


def require_wrk():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk (make bench does it)")


def wrk_version():
    result = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    return (result.stdout or result.stderr).split("Copyright")[0].strip()


def script(*names):
    """One wrk script from the named parts and the JSON report."""
    text = "\n".join((WRK_DIR / f"{name}.lua").read_text() for name in (*names, "report"))
    handle = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
    handle.write(text)
    handle.close()
    return handle.name


def run(url, connections, seconds, parts=(), environment=None):
    """wrk's figures for url: requests, requests/s, latency percentiles in ms, errors."""
    path = script(*parts)
    try:
        result = subprocess.run(
            [
                "wrk", f"-t{WRK_THREADS}", f"-c{connections}", f"-d{seconds}s",
                "--timeout", "10s", "-s", path, url,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "BENCH_WRK_THREADS": str(WRK_THREADS), **(environment or {})},
            check=False,
        )  # fmt: skip
    finally:
        os.unlink(path)
    line = next((x for x in result.stdout.splitlines() if x.startswith("JSON ")), None)
    if result.returncode or line is None:
        raise SystemExit(f"wrk failed on {url}:\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line[5:])
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "requests_per_second": round(raw["requests"] / seconds, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p90_ms": round(raw["p90_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "errors": {
            name: raw[key]
            for name, key in [
                ("connect", "connect_errors"),
                ("read", "read_errors"),
                ("write", "write_errors"),
                ("http_4xx_5xx", "status_errors"),
                ("timeout", "timeouts"),
            ]
            if raw[key]
        },
    }
