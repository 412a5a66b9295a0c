"""`factstream broker start|stop|status|fetch-jars`: one human line per action, and the exit code."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from factstream_cli.broker.jars import BrokerError
from factstream_cli.localbroker import LocalBroker


def run_broker_command(action: str, data_dir: Path | None, port: int = 9092, security: str = "plaintext") -> int:
    """`factstream broker start|stop|status|fetch-jars`: prints one human line, returns the exit code.

    status exits 0 when the broker runs and 3 when it does not (the LSB convention for services).
    """
    try:
        broker = LocalBroker(data_dir=data_dir, port=port, security=security)
        if action == "start":
            already = broker.is_running()
            started_at = time.monotonic()
            broker.start()
            info = broker.status()
            how = "already running" if already else f"started in {time.monotonic() - started_at:.1f} s"
            print(f"Kafka broker {how} on {info['bootstrap']} (pid {info['pid']}, data {info['data_dir']})")
            if info["client_env"]:
                print(f"{info['security'].upper()} listener; client settings in {info['client_env']} "
                      f"(FACTSTREAM_ENV_FILE={info['client_env']})")
            return 0
        if action == "stop":
            info = broker.status()
            if not info["running"]:
                print(f"Kafka broker is not running (data {info['data_dir']})")
                return 0
            broker.stop()
            print(f"Kafka broker stopped (was pid {info['pid']} on {info['bootstrap']})")
            return 0
        if action == "status":
            return _print_status(broker.status())
        if action == "fetch-jars":
            libs = broker.fetch_jars()
            print(f"Kafka jars ready in {libs}")
            return 0
    except (BrokerError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"error: unknown broker action {action!r} (use start, stop, status or fetch-jars)", file=sys.stderr)
    return 2


def _print_status(info: dict[str, Any]) -> int:
    if not info["running"]:
        print(f"Kafka broker is not running (data {info['data_dir']})")
        return 3
    secure = f", {info['security'].upper()}, client settings {info['client_env']}" if info["client_env"] else ""
    print(
        f"Kafka broker running on {info['bootstrap']} (pid {info['pid']}, data {info['data_dir']}, "
        f"log {info['log_file']}{secure})"
    )
    return 0
