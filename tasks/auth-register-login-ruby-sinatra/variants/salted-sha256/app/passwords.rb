require 'digest'
require 'openssl'
require 'securerandom'
require 'sqlite3'

# Password hashing: one SHA-256 round over a random salt and the password, stored as raw
# bytes (salt, then digest).
module Passwords
  module_function

  def create(password)
    salt = SecureRandom.bytes(16)
    SQLite3::Blob.new(salt + Digest::SHA256.digest(salt + password))
  end

  def verify(password, stored)
    stored = stored.to_s.b
    OpenSSL.secure_compare(Digest::SHA256.digest(stored[0, 16] + password), stored[16..].to_s)
  end

  # Verified against when a login names no account, so that answer takes as long as a wrong password.
  DUMMY_HASH = create(SecureRandom.hex(16))
end
