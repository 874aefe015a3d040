import json


def handle(body: bytes) -> dict:
    return json.loads(body)
