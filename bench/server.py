"""Start and stop gunicorn (and Celery) for a benchmark, and read the workers' memory."""

import http.client
import subprocess
import time
from pathlib import Path

from bench.environment import ROOT


def wait_until_healthy(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn on port {port} exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn on port {port} did not become healthy")


def start_gunicorn(environment, port, workers):
    process = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "wirkstatt.wsgi",
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers),
            "--no-control-socket",
            "--log-level", "warning",
        ],
        cwd=ROOT,
        env=environment,
    )  # fmt: skip
    try:
        wait_until_healthy(port, process)
    except BaseException:
        stop(process)
        raise
    return process


def start_celery_worker(environment, log_file):
    """A Celery worker (solo pool) whose output goes to log_file, not the scenario's."""
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/celery"), "-A", "wirkstatt", "--quiet", "worker",
            "--pool=solo", "--loglevel=WARNING", "--without-heartbeat", "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=environment,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )  # fmt: skip


def stop(process, seconds=15):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    try:
        return [int(pid) for pid in children.read_text().split()]
    except OSError:
        return []


def memory_of(pid):
    """Current and peak resident memory of a process in MiB (VmRSS, VmHWM)."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in {"VmRSS", "VmHWM"}:
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        return None
    return values


def workers_memory(master_pid):
    """Largest current and largest peak RSS among the gunicorn workers, in MiB."""
    readings = [m for m in map(memory_of, worker_pids(master_pid)) if m]
    if not readings:
        return {"rss_mb": None, "peak_rss_mb": None}
    return {
        "rss_mb": round(max(m["VmRSS"] for m in readings), 1),
        "peak_rss_mb": round(max(m["VmHWM"] for m in readings), 1),
    }
