"""The deployment files agree with the code: settings names, ports, probe paths, topics, pinned dependencies.

Nothing here runs Docker or Kubernetes; the files are parsed and compared with what the code defines.
"""

from __future__ import annotations

import base64
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from factstream.settings import Settings
from streams.topology import TOPICS

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
ENV_PREFIX = "FACTSTREAM_"
HEALTH_PATH = "/health"
DEFAULT_WEB_PORT = Settings.model_fields["web_port"].default


def _load_all(path: Path) -> list[dict[str, Any]]:
    return [document for document in yaml.safe_load_all(path.read_text(encoding="utf-8")) if document]


def _k8s_documents() -> dict[str, dict[str, Any]]:
    documents: dict[str, dict[str, Any]] = {}
    for path in sorted(K8S.glob("*.yaml")):
        for document in _load_all(path):
            documents[document["kind"]] = document
    return documents


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def k8s() -> dict[str, dict[str, Any]]:
    return _k8s_documents()


def _worker_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    services = {name: service for name, service in compose["services"].items() if service.get("command") == ["worker"]}
    assert services, "docker-compose.yml runs no `factstream worker` service"
    return services


def _assert_settings_names(names: list[str], where: str) -> None:
    fields = set(Settings.model_fields)
    for name in names:
        assert name.startswith(ENV_PREFIX), f"{where}: {name} is not a FACTSTREAM_* setting"
        field = name[len(ENV_PREFIX) :].lower()
        assert field in fields, f"{where}: {name} names no field of factstream.settings.Settings"


def _worker_container(k8s: dict[str, dict[str, Any]]) -> dict[str, Any]:
    containers = k8s["Deployment"]["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


# --- every manifest parses ------------------------------------------------------------------------------


def test_every_manifest_is_valid_yaml_with_kind_and_name():
    paths = [DEPLOY / "docker-compose.yml", *sorted(K8S.glob("*.yaml"))]
    assert len(paths) >= 5
    for path in paths:
        documents = _load_all(path)
        assert documents, f"{path} is empty"
        if path.parent == K8S and path.name != "kustomization.yaml":
            for document in documents:
                assert document.get("apiVersion") and document.get("kind"), path
                assert document["metadata"]["name"], path


def test_kustomization_lists_every_manifest():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    listed = set(kustomization["resources"])
    present = {path.name for path in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == present


# --- environment variable names ----------------------------------------------------------------------------


def test_compose_worker_environment_names_are_settings_fields(compose):
    for name, service in _worker_services(compose).items():
        _assert_settings_names(list(service["environment"]), f"docker-compose {name}")


def test_k8s_environment_names_are_settings_fields(k8s):
    _assert_settings_names(list(k8s["ConfigMap"]["data"]), "ConfigMap")
    container = _worker_container(k8s)
    _assert_settings_names([variable["name"] for variable in container.get("env", [])], "Deployment env")
    referenced = {source["configMapRef"]["name"] for source in container["envFrom"] if "configMapRef" in source}
    assert referenced == {k8s["ConfigMap"]["metadata"]["name"]}


def test_k8s_settings_values_are_valid_settings(k8s, monkeypatch):
    """The ConfigMap as a worker would read it: Settings accepts every value (types, ranges, literals)."""
    for name, value in k8s["ConfigMap"]["data"].items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FACTSTREAM_ENV_FILE", "/nonexistent")
    settings = Settings(_env_file=None)
    assert settings.web_host == "0.0.0.0"
    assert settings.security_protocol == "SASL_SSL"


def test_containers_bind_all_interfaces_and_protect_the_dashboard(compose, k8s):
    for name, service in _worker_services(compose).items():
        environment = service["environment"]
        assert environment["FACTSTREAM_WEB_HOST"] == "0.0.0.0", name
        assert "FACTSTREAM_DASHBOARD_TOKEN" in environment or "FACTSTREAM_DASHBOARD_TOKEN_FILE" in environment
    config = k8s["ConfigMap"]["data"]
    assert config["FACTSTREAM_WEB_HOST"] == "0.0.0.0"
    token_file = config["FACTSTREAM_DASHBOARD_TOKEN_FILE"]
    mounts = {mount["mountPath"]: mount["name"] for mount in _worker_container(k8s)["volumeMounts"]}
    secret_volumes = {
        volume["name"]: volume["secret"]
        for volume in k8s["Deployment"]["spec"]["template"]["spec"]["volumes"]
        if "secret" in volume
    }
    # Every *_FILE setting points into a mounted Secret that provides exactly that file.
    for name, path in config.items():
        if not name.endswith("_FILE") and name != "FACTSTREAM_SSL_CAFILE":
            continue
        directory, filename = str(Path(path).parent), Path(path).name
        assert directory in mounts, f"{name}={path} is not under a mounted volume"
        volume = secret_volumes.get(mounts[directory])
        assert volume is not None, f"{name}={path} is not in a Secret volume"
        if "items" in volume:
            assert filename in {item["path"] for item in volume["items"]}, f"{name}: {filename} not projected"
    assert token_file.startswith("/etc/factstream/secrets/")


# --- ports and probes ----------------------------------------------------------------------------------


def test_ports_agree_with_the_default_web_port(compose, k8s):
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(rf"^EXPOSE {DEFAULT_WEB_PORT}$", dockerfile, re.MULTILINE)
    assert f"FACTSTREAM_WEB_PORT={DEFAULT_WEB_PORT}" in dockerfile

    for name, service in _worker_services(compose).items():
        port = int(service["environment"]["FACTSTREAM_WEB_PORT"])
        assert port == DEFAULT_WEB_PORT
        container_ports = {int(str(mapping).rsplit(":", 1)[-1]) for mapping in service.get("ports", [])}
        assert container_ports == {port}, name

    assert int(k8s["ConfigMap"]["data"]["FACTSTREAM_WEB_PORT"]) == DEFAULT_WEB_PORT
    container = _worker_container(k8s)
    named_ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert named_ports == {"http": DEFAULT_WEB_PORT}
    service_ports = k8s["Service"]["spec"]["ports"]
    assert [port["targetPort"] for port in service_ports] == ["http"]
    annotations = k8s["Deployment"]["spec"]["template"]["metadata"]["annotations"]
    assert int(annotations["prometheus.io/port"]) == DEFAULT_WEB_PORT


def test_probes_use_the_health_endpoint(k8s):
    container = _worker_container(k8s)
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        action = container[probe]["httpGet"]
        assert action["path"] == HEALTH_PATH, probe
        assert action["port"] in ("http", DEFAULT_WEB_PORT), probe
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    healthcheck = dockerfile[dockerfile.index("HEALTHCHECK") :].split("\n\n")[0]
    assert HEALTH_PATH in healthcheck


def test_health_endpoint_exists_in_the_code():
    sources = [path.read_text(encoding="utf-8") for path in (ROOT / "alerts").glob("*.py")]
    sources += [path.read_text(encoding="utf-8") for path in (ROOT / "streams").glob("*.py")]
    assert any(re.search(rf"""["']{HEALTH_PATH}["']""", source) for source in sources)


def test_selectors_match_pod_labels(k8s):
    labels = k8s["Deployment"]["spec"]["template"]["metadata"]["labels"]
    for kind in ("Service", "PodDisruptionBudget"):
        spec = k8s[kind]["spec"]
        selector = spec["selector"].get("matchLabels", spec["selector"])
        assert selector.items() <= labels.items(), kind
    assert k8s["Deployment"]["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_deployment_is_sized_to_the_partition_count(k8s):
    partitions = int(k8s["ConfigMap"]["data"]["FACTSTREAM_PARTITIONS"])
    deployment = k8s["Deployment"]["spec"]
    assert deployment["replicas"] == partitions
    # A rolling update must not run more consumers than partitions.
    assert deployment["strategy"]["rollingUpdate"]["maxSurge"] == 0


def test_pod_runs_as_the_image_non_root_user(k8s):
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    uid = int(re.search(r"useradd .*--uid (\d+)", dockerfile).group(1))
    user = re.findall(r"^USER (\S+)$", dockerfile, re.MULTILINE)
    assert user and user[-1] not in ("root", "0")
    pod_security = k8s["Deployment"]["spec"]["template"]["spec"]["securityContext"]
    assert pod_security["runAsNonRoot"] is True
    assert pod_security["runAsUser"] == uid
    assert _worker_container(k8s)["securityContext"]["allowPrivilegeEscalation"] is False


# --- Kafka in docker-compose ----------------------------------------------------------------------------


def kafka_properties_from_env(environment: dict[str, Any]) -> dict[str, str]:
    """The apache/kafka image's rule: KAFKA_X_Y → x.y, `__` → `_`, `___` → `-`."""
    properties = {}
    for name, value in environment.items():
        if not name.startswith("KAFKA_"):
            continue
        key = name[len("KAFKA_") :].lower().replace("___", "\0").replace("__", "\1").replace("_", ".")
        properties[key.replace("\0", "-").replace("\1", "_")] = str(value)
    return properties


def _listeners(value: str) -> dict[str, tuple[str, int]]:
    result = {}
    for entry in value.split(","):
        name, address = entry.split("://")
        host, port = address.rsplit(":", 1)
        result[name] = (host, int(port))
    return result


def test_compose_kafka_is_a_complete_kraft_single_node(compose):
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    environment = kafka["environment"]
    properties = kafka_properties_from_env(environment)
    required = {
        "node.id", "process.roles", "controller.quorum.voters", "listeners", "advertised.listeners",
        "listener.security.protocol.map", "controller.listener.names", "inter.broker.listener.name", "log.dirs",
        "offsets.topic.replication.factor", "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
    }  # fmt: skip
    assert required <= set(properties), required - set(properties)
    assert set(properties["process.roles"].split(",")) == {"broker", "controller"}

    # The cluster id is what `kafka-storage random-uuid` prints: 16 bytes in unpadded URL-safe base64.
    cluster_id = environment["CLUSTER_ID"]
    assert len(cluster_id) == 22 and len(base64.urlsafe_b64decode(cluster_id + "==")) == 16

    listeners = _listeners(properties["listeners"])
    protocols = dict(entry.split(":") for entry in properties["listener.security.protocol.map"].split(","))
    assert set(listeners) == set(protocols)
    controller = properties["controller.listener.names"]
    voter_id, voter_address = properties["controller.quorum.voters"].split("@")
    assert voter_id == properties["node.id"]
    assert int(voter_address.rsplit(":", 1)[1]) == listeners[controller][1]
    assert voter_address.split(":")[0] == kafka["hostname"]
    advertised = _listeners(properties["advertised.listeners"])
    assert controller not in advertised
    assert properties["inter.broker.listener.name"] in advertised
    for name, (_, port) in advertised.items():
        assert listeners[name][1] == port, name

    # Workers reach the broker through an advertised listener on the compose network.
    reachable = {f"{host}:{port}" for host, port in advertised.values()}
    for name, service in _worker_services(compose).items():
        brokers = set(Settings(brokers=service["environment"]["FACTSTREAM_BROKERS"]).bootstrap_servers)
        assert brokers <= reachable, name
        assert "kafka" in service["depends_on"], name
    assert any(volume.endswith(":" + properties["log.dirs"]) for volume in kafka["volumes"])


def test_compose_topics_match_the_topology(compose):
    topics = compose["services"]["topics"]["environment"]
    created = topics["TOPICS"].split()
    compacted = topics["COMPACTED_TOPICS"].split()
    assert sorted(created + compacted) == sorted(spec.name for spec in TOPICS)
    assert set(compacted) == {spec.name for spec in TOPICS if spec.compacted}
    assert len(created + compacted) == len(set(created + compacted))
    for name, service in _worker_services(compose).items():
        environment = service["environment"]
        assert environment["FACTSTREAM_TOPIC_PREFIX"] == topics["TOPIC_PREFIX"], name
        assert str(environment["FACTSTREAM_PARTITIONS"]) == str(topics["PARTITIONS"]), name
        assert service["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    # The broker must not invent topics under other names (a typo would otherwise go unnoticed).
    assert compose["services"]["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"


# --- the image's pinned dependencies -------------------------------------------------------------------


def _lock() -> dict[str, str]:
    pins = {}
    for line in (DEPLOY / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, version = line.partition("==")
        assert version and re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", version), f"not an exact pin: {line}"
        pins[canonicalize_name(name)] = version
    return pins


def test_lock_pins_every_project_dependency_within_its_range():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _lock()
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is a dependency but deploy/requirements.lock does not pin it"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} vs {text}"


def test_dockerfile_installs_the_lock_without_resolving():
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11-slim$", dockerfile, re.MULTILINE)
    install_lines = [line for line in dockerfile.splitlines() if "pip install" in line]
    assert install_lines and all("--no-deps" in line for line in install_lines)
    assert any("-r /tmp/requirements.lock" in line for line in install_lines)
    assert 'ENTRYPOINT ["factstream"]' in dockerfile
