from django.test import TestCase


class NotesTests(TestCase):
    def test_note_lifecycle(self):
        created = self.client.post("/notes", {"title": "Groceries", "tags": ["home"]}, content_type="application/json")
        self.assertEqual(created.status_code, 201)
        note = created.json()
        self.assertEqual(note, {"id": note["id"], "title": "Groceries", "body": "", "tags": ["home"], "done": False})
        url = f"/notes/{note['id']}"
        patched = self.client.patch(url, {"done": True}, content_type="application/json")
        self.assertIs(patched.json()["done"], True)
        replaced = self.client.put(url, {"title": "Shopping"}, content_type="application/json")
        self.assertEqual(replaced.json()["tags"], [])
        self.assertEqual(self.client.delete(url).status_code, 204)
        self.assertEqual(self.client.get(url).status_code, 404)

    def test_types_are_strict(self):
        for body in ({"title": "   "}, {"title": "x", "done": "true"}, {"title": 123}, {"title": "x", "tags": "a,b"}):
            response = self.client.post("/notes", body, content_type="application/json")
            self.assertEqual(response.status_code, 422, body)

    def test_filter_and_unknown_ids(self):
        self.client.post("/notes", {"title": "a", "done": True}, content_type="application/json")
        self.client.post("/notes", {"title": "b"}, content_type="application/json")
        self.assertEqual([n["title"] for n in self.client.get("/notes?done=true").json()], ["a"])
        self.assertEqual(self.client.get("/notes/999").json(), {"detail": "Note not found"})
        self.assertEqual(self.client.get("/notes/abc").status_code, 422)
