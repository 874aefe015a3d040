"""Settings read from the environment once, at import."""

import os

# A development default so the app runs out of the box; deployments must set JWT_SECRET.
JWT_SECRET = os.environ.get("JWT_SECRET", "dev-only-jwt-secret-change-me")
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.environ.get("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))
