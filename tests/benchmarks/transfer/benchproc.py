"""Helpers the transfer benchmarks share: running a command and timing it.

timed() also returns the child's peak resident memory (ru_maxrss). Linux carries the forking
Python process's own peak (about 10-14 MB) over the exec into the child's figure, so a peak below
harness_floor_kb() says only "no more than that"; anything above it is the child's own.
"""
import os
import subprocess
import sys
import time


def run(command, **kwargs):
    """Runs command to completion and returns its stdout; exits with its stderr if it fails."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def timed(command, stdout_path=None, stdin_path=None):
    """One run of command: (milliseconds, peak RSS in KiB). Exits if it fails."""
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.monotonic()
        process = subprocess.Popen(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        # Read stderr while waiting, so a chatty child cannot block on a full pipe.
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.monotonic() - start) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not again
        process.stderr.close()
    finally:
        for stream in (stdout, stdin):
            if stream is not subprocess.DEVNULL:
                stream.close()
    code = process.returncode
    if code != 0:
        sys.exit(f"{command[0]} failed ({code}): {stderr.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss


def harness_floor_kb():
    """The peak that timed() reports for a process that uses almost no memory."""
    return timed(["true"])[1]
