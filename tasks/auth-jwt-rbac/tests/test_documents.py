"""Documents under role-based access control."""

import pytest

from jwt_api import (
    DOCUMENT_FIELDS,
    MISSING_ID,
    SEEDED_TITLES,
    create_document,
    expect,
    headers_for,
    profile,
    seeded_document,
    unique,
)


def listing(client, username) -> list[dict]:
    documents = expect(client.get("/documents", headers=headers_for(client, username)), 200).json()
    assert isinstance(documents, list)
    return documents


def test_admin_lists_every_document_in_id_order(client):
    documents = listing(client, "alice")
    assert set(SEEDED_TITLES.values()) <= {doc["title"] for doc in documents}
    assert all(set(doc) == DOCUMENT_FIELDS for doc in documents)
    assert [doc["id"] for doc in documents] == sorted(doc["id"] for doc in documents)


@pytest.mark.parametrize("username", ["bob", "carol", "dave"], ids=str.capitalize)
def test_non_admins_list_only_their_own_documents(client, username):
    own_id = profile(client, username)["id"]
    documents = listing(client, username)
    assert SEEDED_TITLES[username] in {doc["title"] for doc in documents}
    assert all(doc["owner_id"] == own_id for doc in documents), "the listing shows others' documents"


def test_editor_creates_a_document_owned_by_the_caller(client):
    bob_id, carol_id = profile(client, "bob")["id"], profile(client, "carol")["id"]
    created = create_document(client, "bob", owner_id=carol_id)
    assert set(created) == DOCUMENT_FIELDS
    assert created["owner_id"] == bob_id, "owner_id from the body was used"
    assert created["id"] in {doc["id"] for doc in listing(client, "bob")}
    assert created["id"] not in {doc["id"] for doc in listing(client, "carol")}


def test_editor_reads_and_patches_own_document(client):
    headers = headers_for(client, "carol")
    created = create_document(client, "carol")
    path = f"/documents/{created['id']}"
    assert expect(client.get(path, headers=headers), 200).json() == created
    title = unique("renamed")
    patched = expect(client.patch(path, json={"title": title}, headers=headers), 200).json()
    assert patched == {**created, "title": title}
    assert expect(client.get(path, headers=headers), 200).json()["title"] == title


def test_patch_cannot_change_the_owner(client):
    created = create_document(client, "bob")
    carol_id = profile(client, "carol")["id"]
    path = f"/documents/{created['id']}"
    expect(client.patch(path, json={"owner_id": carol_id, "body": "new"}, headers=headers_for(client, "bob")), 200)
    assert expect(client.get(path, headers=headers_for(client, "alice")), 200).json()["owner_id"] == created["owner_id"]


def test_viewer_reads_own_document(client):
    document = seeded_document(client, "dave")
    response = expect(client.get(f"/documents/{document['id']}", headers=headers_for(client, "dave")), 200)
    assert response.json() == document


def test_viewer_cannot_create_or_edit(client):
    headers = headers_for(client, "dave")
    document = seeded_document(client, "dave")
    expect(client.post("/documents", json={"title": unique("viewer")}, headers=headers), 403)
    expect(client.patch(f"/documents/{document['id']}", json={"body": "changed"}, headers=headers), 403)
    assert seeded_document(client, "dave") == document


def test_role_is_checked_before_the_document_lookup(client):
    response = client.patch(f"/documents/{MISSING_ID}", json={"body": "x"}, headers=headers_for(client, "dave"))
    expect(response, 403)


def test_only_admins_delete_documents(client):
    created = create_document(client, "bob")
    path = f"/documents/{created['id']}"
    expect(client.delete(path, headers=headers_for(client, "bob")), 403)
    expect(client.delete(path, headers=headers_for(client, "dave")), 403)
    expect(client.delete(path, headers=headers_for(client, "alice")), 204)
    gone = expect(client.get(path, headers=headers_for(client, "alice")), 404)
    assert gone.json() == {"detail": "Document not found"}


def test_admin_reads_and_patches_any_document(client):
    created = create_document(client, "bob")
    headers = headers_for(client, "alice")
    path = f"/documents/{created['id']}"
    assert expect(client.get(path, headers=headers), 200).json() == created
    patched = expect(client.patch(path, json={"body": "edited by admin"}, headers=headers), 200).json()
    assert patched == {**created, "body": "edited by admin"}


def test_missing_document_is_404(client):
    response = expect(client.get(f"/documents/{MISSING_ID}", headers=headers_for(client, "alice")), 404)
    assert response.json() == {"detail": "Document not found"}
