from django.test import TestCase

from catalog.db import init_db


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        init_db()  # the test database starts empty

    def names(self, response):
        return [item["name"] for item in response.json()["items"]]

    def test_default_search_lists_active_products_by_name(self):
        body = self.client.get("/products/search").json()
        self.assertEqual(body["total"], 12)
        self.assertEqual((body["page"], body["per_page"]), (1, 10))
        self.assertEqual(body["items"][0]["name"], "Cast Iron Skillet")

    def test_apostrophes_in_query(self):
        self.assertEqual(self.names(self.client.get("/products/search?q=o'reilly")), ["O'Reilly's SQL Pocket Guide"])

    def test_category_and_price_filters(self):
        response = self.client.get("/products/search?category=books&sort=price_cents&order=desc")
        self.assertEqual(self.names(response),
                         ["Designing Data Systems", "The Pragmatic Shopkeeper", "O'Reilly's SQL Pocket Guide"])

    def test_bad_page_size_is_rejected(self):
        self.assertEqual(self.client.get("/products/search?per_page=500").status_code, 400)

    def test_reseeding_does_not_duplicate(self):
        init_db()
        self.assertEqual(self.client.get("/products/search").json()["total"], 12)

    def test_injection_in_category_matches_nothing(self):
        body = self.client.get("/products/search", {"category": "x' OR '1'='1"}).json()
        self.assertEqual(body["total"], 0)

    def test_unknown_sort_and_bad_max_price_are_rejected(self):
        self.assertEqual(self.client.get("/products/search?sort=stock").status_code, 400)
        self.assertEqual(self.client.get("/products/search?order=sideways").status_code, 400)
        self.assertEqual(self.client.get("/products/search?max_price=0%20OR%201=1").status_code, 400)
