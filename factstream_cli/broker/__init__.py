"""The local Kafka broker's parts: Java and the jars (jars.py), TLS and SCRAM material (security.py).

factstream_cli/localbroker.py runs the broker and re-exports what callers used from it before the split.
"""
