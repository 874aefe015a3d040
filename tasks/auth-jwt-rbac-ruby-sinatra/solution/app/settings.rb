# Settings read from the environment once, at start-up.
module Settings
  # A development default so the app runs out of the box; deployments must set JWT_SECRET.
  JWT_SECRET = ENV.fetch('JWT_SECRET', 'dev-only-jwt-secret-change-me')
  ACCESS_TOKEN_EXPIRE_MINUTES = Integer(ENV.fetch('ACCESS_TOKEN_EXPIRE_MINUTES', '30'), 10)
end
