#!/usr/bin/env python3
"""Figures for very long shell lines (not a timed test).

    python3 bench/long-line-bench.py VERN_BINARY [SIZE_MB ...]      # default sizes: 1 2 5

For each size, a line '/thread xxx…' of that many bytes (a bad argument, so no request leaves
the shell) is given to `vern --memory` after the demo's question is answered, and the time from
sending it to the shell's answer is printed: piped on stdin (script mode) and typed into a
pseudo-terminal (the line editor). Each run has its own throw-away HOME/XDG_STATE_HOME. CPU
seconds (user + system, all threads) are printed beside wall seconds: on a loaded machine they
are the steadier figure. The last column is the line editor alone: `vern-terminal-probe` (built
beside VERN_BINARY) reading the same line in a pseudo-terminal, until it reports the line's size
(wall seconds, and the probe's CPU seconds at that moment, start-up included).
"""
import os
import pty
import resource
import select
import subprocess
import sys
import tempfile
import time


def environment(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERN_")}
    env.update(HOME=home, XDG_STATE_HOME=home + "/state", XDG_CONFIG_HOME=home + "/config",
               TERM="xterm", LANG="C.UTF-8", TMPDIR=home)
    return env


def piped(vern, size):
    with tempfile.TemporaryDirectory() as home:
        script = b"1\n/thread " + b"x" * size + b"\n/status\n"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        subprocess.run([vern, "--memory"], input=script, env=environment(home),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return time.monotonic() - started, cpu


def read_until(fd, marker, seen, timeout):
    deadline = time.monotonic() + timeout
    while marker not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(marker)
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                raise TimeoutError(marker)
            seen += chunk
    return seen[seen.index(marker) + len(marker):]


def cpu_seconds(pid):
    """User + system CPU seconds of a running process (all threads), from /proc."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def type_line(fd, line, answer):
    """Writes `line` to the pty as fast as it takes it; returns seconds until `answer` appears."""
    started = time.monotonic()
    view = memoryview(line)
    while view:
        _, writable, _ = select.select([fd], [fd], [], 600)
        ready, _, _ = select.select([fd], [], [], 0)
        if ready:
            os.read(fd, 1 << 16)
        if writable:
            view = view[os.write(fd, view[:4096]):]
    read_until(fd, answer, b"", 600)
    return time.monotonic() - started


def typed(vern, size):
    with tempfile.TemporaryDirectory() as home:
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(vern, [vern, "--memory"], environment(home))
        try:
            # The demo's question waits at the main prompt; 1 answers it.
            rest = read_until(fd, b"[update]> ", b"", 60)
            os.write(fd, b"1\r")
            rest = read_until(fd, b"awaiting_approval", rest, 60)
            read_until(fd, b"[update]> ", rest, 60)
            return type_line(fd, b"/thread " + b"x" * size + b"\r", b"error")
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)


def line_editor(probe, size):
    with tempfile.TemporaryDirectory() as home:
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(probe, [probe], environment(home))
        try:
            read_until(fd, b"probe> ", b"", 60)
            wall = type_line(fd, b"/thread " + b"x" * size + b"\r", b"got %d bytes" % (size + 8))
            return wall, cpu_seconds(pid)
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)


def main():
    vern = sys.argv[1]
    sizes = [float(s) for s in sys.argv[2:]] or [1, 2, 5]
    probe = os.path.join(os.path.dirname(vern), "vern-terminal-probe")
    base_wall, base_cpu = piped(vern, 1)
    print("| line | piped: wall s | piped: CPU s | typed in a pty: wall s | line editor alone: wall s / CPU s |")
    print("|---:|---:|---:|---:|---:|")
    print("| (start-up, 1 byte) | %.2f | %.2f | | |" % (base_wall, base_cpu))
    for mb in sizes:
        size = int(mb * 1_000_000)
        wall, cpu = piped(vern, size)
        figures = []
        try:
            figures.append("%.2f" % typed(vern, size))
        except TimeoutError:
            figures.append("> 600")
        try:
            figures.append("%.2f / %.2f" % line_editor(probe, size))
        except TimeoutError:
            figures.append("> 600")
        print("| %g MB | %.2f | %.2f | %s | %s |" % (mb, wall, cpu, *figures), flush=True)


if __name__ == "__main__":
    main()
