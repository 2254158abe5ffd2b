"""Starts moto's server inside this process, with the harness's patches loaded first.

Run by server.ts as `<repo>/.venv/bin/python launch.py`. Binds 127.0.0.1 on a port the OS picks
(port 0), so two test files never race for a port, then prints one line to stdout:

    MOTO_READY {"port": <port>}

and serves until stdin is closed (the parent died or called stop()) or SIGTERM/SIGINT arrives.

Loaded with the patches (never on plain moto): replication.py (the replication stand-in, see
test/REPLICATION.md), batch.py (S3 Batch Operations jobs that replicate through it, same page),
stacksets.py (StackSets whose operations run asynchronously and deploy
real stacks through the patched engine, see the StackSets section of test/EMULATOR.md) and
monitoring.py (alarms evaluated, SNS topic policies and subscriptions, bucket notifications and
S3's failure events, see the Monitoring section of test/EMULATOR.md).

Environment:
    MOTO_HARNESS_NO_PATCHES=1   start plain moto (used to demonstrate the gaps the patches close):
                                none of patches.py, replication.py, batch.py, stacksets.py, monitoring.py is loaded
    MOTO_HARNESS_STACKSET_INSTANCE_MS
                                how long each batch of stack instances takes in a StackSet
                                operation (default 100), so clients really poll
"""

import json
import logging
import os
import signal
import sys
import threading

# Python's own buffering would hold the ready line back when stdout is a pipe.
sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if os.environ.get("MOTO_HARNESS_NO_PATCHES") != "1":
    import patches  # noqa: F401  (registers the CloudFormation models and fixes on import)
    import replication  # noqa: F401  (queues replication jobs, serves /_harness/replication/*)
    import batch  # noqa: F401  (S3 Control jobs; serves /v20180820/jobs and /_harness/batch/*)
    import stacksets  # noqa: F401  (replaces moto's StackSet actions; needs patches' engine)
    import monitoring  # noqa: F401  (alarms, topics, notifications, failure events; see EMULATOR.md)

from moto.moto_server.threaded_moto_server import ThreadedMotoServer  # noqa: E402

# One access-log line per request would flood the stderr the harness keeps for error messages.
logging.getLogger("werkzeug").setLevel(logging.WARNING)


def main() -> None:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    # Some moto responses (S3 presigned URLs, SQS queue URLs) embed the server's port.
    os.environ["MOTO_PORT"] = str(port)

    stopped = threading.Event()

    def on_signal(signum, frame):  # noqa: ANN001
        stopped.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def watch_stdin() -> None:
        # EOF on stdin: the Node parent closed the pipe or died (even by SIGKILL).
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except Exception:
            pass
        stopped.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    print("MOTO_READY " + json.dumps({"port": port}))
    stopped.wait()
    server.stop()


if __name__ == "__main__":
    main()
