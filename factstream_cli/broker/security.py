"""TLS and SCRAM for the local broker: `factstream broker start --security sasl_ssl|ssl --data-dir DIR`.

Made once per data directory with the JDK's keytool (openssl only for the ssl mode's client key), under
DATA_DIR/security/ (directory 0700, secrets 0600):

    ca.p12, ca.pem         a private CA: its key stays in ca.p12; clients trust ca.pem (FACTSTREAM_SSL_CAFILE)
    broker.p12             the broker's key and certificate, signed by the CA, valid for 127.0.0.1 and localhost
    truststore.p12         the CA again, for the broker's own TLS connections (controller, inter-broker)
    store.password         the password of the PKCS12 stores
    admin.password         SCRAM-SHA-512 password of `admin`, the broker's inter-broker user     [sasl_ssl]
    client.password        SCRAM-SHA-512 password of `factstream`, the clients' user             [sasl_ssl]
    client.pem, client.key the clients' certificate and key (the ssl listener requires one)      [ssl]

SCRAM users are written into the KRaft bootstrap metadata when the storage is formatted (`kafka-storage format
--add-scram`, KIP-900), so a secure data directory must be formatted secure: an existing plaintext one is refused.
DATA_DIR/client.env holds the FACTSTREAM_* settings a client needs; point FACTSTREAM_ENV_FILE at it.
Every listener needs TLS: clients use SASL_SSL (or SSL with a client certificate), and the CONTROLLER listener
is SSL with client certificates required, so no port of a secure broker accepts an unauthenticated connection.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factstream_cli.broker.jars import BrokerError

SECURITY_MODES = ("plaintext", "sasl_ssl", "ssl")
SCRAM_MECHANISM = "SCRAM-SHA-512"
CLIENT_USER = "factstream"
ADMIN_USER = "admin"
VALIDITY_DAYS = "825"  # the longest lifetime browsers accept for a TLS certificate; plenty for a local broker
_SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule"


def find_keytool(java: Path) -> Path:
    """keytool of the JDK that runs the broker (beside the real java binary), else the one on PATH."""
    beside = Path(java).resolve().parent / "keytool"
    if beside.exists():
        return beside
    found = shutil.which("keytool")
    if found is None:
        raise BrokerError(f"keytool (part of the JDK) is needed for --security and was not found beside {java}")
    return Path(found)


def _write_secret(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()[-1500:]
        raise BrokerError(f"{what} failed (exit {result.returncode}): {output}")


@dataclass
class BrokerSecurity:
    """The security of one local broker: its mode, where its material lives, and what it means for configs."""

    mode: str
    directory: Path  # DATA_DIR/security
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        if self.mode not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}, got {self.mode!r}")

    @property
    def enabled(self) -> bool:
        return self.mode != "plaintext"

    @property
    def protocol(self) -> str:
        return {"plaintext": "PLAINTEXT", "sasl_ssl": "SASL_SSL", "ssl": "SSL"}[self.mode]

    def path(self, name: str) -> Path:
        return self.directory / name

    def secret(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8").strip()

    # --- material -----------------------------------------------------------------------------------
    def ensure_material(self, java: Path) -> None:
        """Create the CA, the broker's certificate and the passwords unless they are already there."""
        if not self.enabled:
            return
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.directory, 0o700)
        keytool = find_keytool(java)
        if not self.path("store.password").exists():
            _write_secret(self.path("store.password"), secrets.token_hex(24))
        for user_file in ("admin.password", "client.password"):
            if self.mode == "sasl_ssl" and not self.path(user_file).exists():
                _write_secret(self.path(user_file), secrets.token_hex(24))
        if not self.path("truststore.p12").exists():
            self._make_ca_and_broker_certificate(keytool)
        if self.mode == "ssl" and not self.path("client.pem").exists():
            self._make_client_certificate(keytool)

    def _keytool(self, keytool: Path, *args: str) -> None:
        store_password = self.secret("store.password")
        _run([str(keytool), *args, "-storepass", store_password], f"keytool {args[0]}")

    def _make_ca_and_broker_certificate(self, keytool: Path) -> None:
        for name in ("ca.p12", "ca.pem", "broker.p12", "broker.csr", "broker.crt", "truststore.p12"):
            self.path(name).unlink(missing_ok=True)  # a half-made set from an interrupted start
        ca, broker, csr = str(self.path("ca.p12")), str(self.path("broker.p12")), str(self.path("broker.csr"))
        key = ("-keyalg", "RSA", "-keysize", "2048", "-validity", VALIDITY_DAYS, "-storetype", "PKCS12")
        self._keytool(keytool, "-genkeypair", "-alias", "ca", "-dname", "CN=factstream local CA", "-ext", "bc:c",
                      "-keystore", ca, *key)
        ca_pem = str(self.path("ca.pem"))
        self._keytool(keytool, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", ca_pem)
        self._keytool(keytool, "-genkeypair", "-alias", "broker", "-dname", "CN=localhost", "-keystore", broker, *key)
        self._keytool(keytool, "-certreq", "-alias", "broker", "-keystore", broker, "-file", csr)
        names = ["ip:127.0.0.1", "dns:localhost"]
        if self.host not in ("127.0.0.1", "localhost"):
            names.append(f"{'ip' if self.host.replace('.', '').isdigit() else 'dns'}:{self.host}")
        # serverAuth for the listeners, clientAuth because the broker also connects to its own controller listener.
        self._keytool(keytool, "-gencert", "-alias", "ca", "-keystore", ca, "-infile", csr,
                      "-outfile", str(self.path("broker.crt")), "-rfc", "-validity", VALIDITY_DAYS,
                      "-ext", f"SAN={','.join(names)}", "-ext", "EKU=serverAuth,clientAuth")
        self._keytool(keytool, "-importcert", "-noprompt", "-alias", "ca", "-file", ca_pem,
                      "-keystore", broker)
        self._keytool(keytool, "-importcert", "-alias", "broker", "-file", str(self.path("broker.crt")),
                      "-keystore", broker)
        self._keytool(keytool, "-importcert", "-noprompt", "-alias", "ca", "-file", ca_pem,
                      "-keystore", str(self.path("truststore.p12")), "-storetype", "PKCS12")
        for name in ("ca.p12", "broker.p12", "truststore.p12"):
            os.chmod(self.path(name), 0o600)

    def _make_client_certificate(self, keytool: Path) -> None:
        """A key and certificate for clients of the ssl listener. Python's ssl needs PEM: openssl makes the key."""
        openssl = shutil.which("openssl")
        if openssl is None:
            raise BrokerError("--security ssl needs openssl for the client's key (PEM); install it or use sasl_ssl")
        key, csr = str(self.path("client.key")), str(self.path("client.csr"))
        _run([openssl, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-subj",
              f"/CN={CLIENT_USER}", "-out", csr], "openssl req")
        os.chmod(key, 0o600)
        self._keytool(keytool, "-gencert", "-alias", "ca", "-keystore", str(self.path("ca.p12")), "-infile", csr,
                      "-outfile", str(self.path("client.pem")), "-rfc", "-validity", VALIDITY_DAYS,
                      "-ext", "EKU=clientAuth")

    # --- what it means for the broker's and the clients' configuration --------------------------------
    def scram_format_arguments(self) -> list[str]:
        """`kafka-storage format` options that create the SCRAM users in the bootstrap metadata."""
        if self.mode != "sasl_ssl":
            return []
        users = ((ADMIN_USER, "admin.password"), (CLIENT_USER, "client.password"))
        arguments: list[str] = []
        for user, password_file in users:
            arguments += ["--add-scram", f"{SCRAM_MECHANISM}=[name={user},password={self.secret(password_file)}]"]
        return arguments

    def listener_properties(self, port: int, controller_port: int) -> dict[str, str]:
        host = self.host
        if not self.enabled:
            return {
                "listeners": f"PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}",
                "advertised.listeners": f"PLAINTEXT://{host}:{port}",
                "inter.broker.listener.name": "PLAINTEXT",
                "controller.listener.names": "CONTROLLER",
                "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            }
        name, password = self.protocol, self.secret("store.password")
        properties = {
            "listeners": f"{name}://{host}:{port},CONTROLLER://{host}:{controller_port}",
            "advertised.listeners": f"{name}://{host}:{port}",
            "inter.broker.listener.name": name,
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": f"{name}:{name},CONTROLLER:SSL",
            "ssl.keystore.type": "PKCS12",
            "ssl.keystore.location": str(self.path("broker.p12")),
            "ssl.keystore.password": password,
            "ssl.key.password": password,
            "ssl.truststore.type": "PKCS12",
            "ssl.truststore.location": str(self.path("truststore.p12")),
            "ssl.truststore.password": password,
            "ssl.client.auth": "required" if self.mode == "ssl" else "none",
            # The controller port speaks TLS too and only to holders of a certificate from this CA (the broker).
            "listener.name.controller.ssl.client.auth": "required",
        }
        if self.mode == "sasl_ssl":
            properties |= {
                "sasl.enabled.mechanisms": SCRAM_MECHANISM,
                "sasl.mechanism.inter.broker.protocol": SCRAM_MECHANISM,
                f"listener.name.sasl_ssl.{SCRAM_MECHANISM.lower()}.sasl.jaas.config":
                    f'{_SCRAM_LOGIN} required username="{ADMIN_USER}" password="{self.secret("admin.password")}";',
            }
        return properties

    def client_settings(self, bootstrap: str) -> dict[str, str]:
        """The FACTSTREAM_* variables a client of this broker needs (what client.env holds)."""
        settings = {"FACTSTREAM_BROKERS": bootstrap, "FACTSTREAM_SECURITY_PROTOCOL": self.protocol}
        if self.enabled:
            settings["FACTSTREAM_SSL_CAFILE"] = str(self.path("ca.pem"))
        if self.mode == "sasl_ssl":
            settings |= {
                "FACTSTREAM_SASL_MECHANISM": SCRAM_MECHANISM,
                "FACTSTREAM_SASL_USERNAME": CLIENT_USER,
                "FACTSTREAM_SASL_PASSWORD_FILE": str(self.path("client.password")),
            }
        if self.mode == "ssl":
            settings |= {
                "FACTSTREAM_SSL_CERTFILE": str(self.path("client.pem")),
                "FACTSTREAM_SSL_KEYFILE": str(self.path("client.key")),
            }
        return settings

    def write_client_env(self, path: Path, bootstrap: str) -> Path:
        lines = [
            "# Written by `factstream broker start`: the settings a client of this broker needs.",
            f"# Use: FACTSTREAM_ENV_FILE={path} factstream worker   (or: set -a; . {path}; set +a)",
        ]
        lines += [f"{key}={value}" for key, value in self.client_settings(bootstrap).items()]
        _write_secret(path, "\n".join(lines))
        return path

    def kafka_python_config(self) -> dict[str, Any]:
        """kafka-python connection options for the readiness probe (the client user's credentials)."""
        config: dict[str, Any] = {"security_protocol": self.protocol}
        if self.enabled:
            config["ssl_cafile"] = str(self.path("ca.pem"))
        if self.mode == "sasl_ssl":
            config |= {"sasl_mechanism": SCRAM_MECHANISM, "sasl_plain_username": CLIENT_USER,
                       "sasl_plain_password": self.secret("client.password")}
        if self.mode == "ssl":
            config |= {"ssl_certfile": str(self.path("client.pem")), "ssl_keyfile": str(self.path("client.key"))}
        return config
