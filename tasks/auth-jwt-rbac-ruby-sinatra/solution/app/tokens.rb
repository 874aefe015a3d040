require 'jwt'
require_relative 'settings'

# HS256 access tokens with the jwt gem.
module Tokens
  ALGORITHM = 'HS256'.freeze

  # Malformed, not HS256, wrongly signed, expired or without exp/sub.
  class Invalid < StandardError; end

  module_function

  # A token for the username and its lifetime in seconds.
  def issue(username)
    lifetime = Settings::ACCESS_TOKEN_EXPIRE_MINUTES * 60
    now = Time.now.to_i
    [JWT.encode({ 'sub' => username, 'iat' => now, 'exp' => now + lifetime }, Settings::JWT_SECRET, ALGORITHM), lifetime]
  end

  # The verified claims. The algorithm is the server's choice, never the token's: a token
  # saying "none" or anything but HS256 is refused before its payload is trusted.
  def decode(token)
    claims, = JWT.decode(token, Settings::JWT_SECRET, true, algorithm: ALGORITHM, required_claims: %w[exp sub])
    claims
  rescue JWT::DecodeError
    raise Invalid
  end
end
