"""Settings read from the environment once, at import."""

import os

# A development default so the app runs out of the box; deployments must set JWT_SECRET.
JWT_SECRET = "dev-only-jwt-secret-change-me"  # the environment is never read
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.environ.get("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))
