from django.test import TestCase

from app.models import User

ALICE = {"username": "Alice_1", "email": "Alice@Example.com", "password": "correct-horse-42"}


class AccountTests(TestCase):
    def post(self, path, body):
        return self.client.post(path, body, content_type="application/json")

    def test_register_login_me_logout(self):
        created = self.post("/register", ALICE)
        self.assertEqual(created.status_code, 201)
        self.assertEqual(created.json()["username"], "alice_1")
        self.assertNotIn("correct-horse-42", User.objects.get().password_hash)
        self.assertEqual(self.post("/login", {"username": "ALICE_1", "password": "correct-horse-42"}).status_code, 200)
        self.assertEqual(self.client.get("/me").json()["email"], "alice@example.com")
        self.assertEqual(self.client.post("/logout").status_code, 204)
        self.assertEqual(self.client.get("/me").status_code, 401)

    def test_duplicates_wrong_passwords_and_roles(self):
        self.post("/register", {**ALICE, "role": "admin"})
        self.assertEqual(User.objects.get().role, "user")
        self.assertEqual(self.post("/register", {**ALICE, "username": "other"}).status_code, 409)
        self.assertEqual(self.post("/login", {"username": "alice_1", "password": "wrong-pass-1"}).status_code, 401)
        self.assertEqual(self.post("/login", {"username": "nobody", "password": "wrong-pass-1"}).status_code, 401)
        self.post("/login", {"username": "alice_1", "password": "correct-horse-42"})
        self.assertEqual(self.client.get("/admin/users").status_code, 403)

    def test_invalid_and_oversized_bodies(self):
        self.assertEqual(self.post("/register", {**ALICE, "password": "short"}).status_code, 422)
        self.assertEqual(self.post("/register", ["not", "an", "object"]).status_code, 422)
        self.assertEqual(self.post("/register", {**ALICE, "email": "x" * 20000}).status_code, 413)
