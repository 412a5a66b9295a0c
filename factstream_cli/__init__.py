"""The top floor: the command line, the demo, the feed, the Kafka admin tools and the local broker.

Imports anything below it (factstream, claims, checkers, alerts, streams); nothing imports it. Kept free of
non-stdlib imports at package level so `python -m factstream_cli.localbroker fetch-jars` runs before the venv.
"""
