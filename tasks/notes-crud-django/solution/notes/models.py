from django.db import models


class Note(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField(default="", blank=True)
    tags = models.JSONField(default=list)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "body": self.body, "tags": self.tags, "done": self.done}
