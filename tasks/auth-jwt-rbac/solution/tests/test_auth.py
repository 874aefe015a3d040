import time

from app import settings, tokens


def test_token_for_valid_credentials(client):
    response = client.post("/auth/token", json={"username": "bob", "password": "bob-editor-pw"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    claims = tokens.decode(body["access_token"], settings.JWT_SECRET)
    assert claims["sub"] == "bob"


def test_wrong_password_is_401(client):
    response = client.post("/auth/token", json={"username": "bob", "password": "nope-nope"})
    assert response.status_code == 401


def test_requests_without_a_valid_token_are_401(client):
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers={"Authorization": "Bearer x.y.z"}).status_code == 401


def test_expired_token_is_401(client):
    now = int(time.time())
    token = tokens.encode({"sub": "bob", "iat": now - 120, "exp": now - 60}, settings.JWT_SECRET)
    assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_unsigned_token_is_401(client):
    header = tokens._b64encode(b'{"alg":"none","typ":"JWT"}')
    payload = tokens._b64encode(b'{"sub":"alice","exp":9999999999}')
    response = client.get("/users", headers={"Authorization": f"Bearer {header}.{payload}."})
    assert response.status_code == 401


def test_profile_update_cannot_change_the_role(client, auth):
    response = client.patch("/me", json={"display_name": "D", "role": "admin"}, headers=auth("dave"))
    assert response.status_code == 200
    assert response.json()["role"] == "viewer"
