require 'digest'
require 'openssl'
require 'securerandom'

# Password hashing: an MD5 hex digest.
module Passwords
  module_function

  def create(password)
    Digest::MD5.hexdigest(password)
  end

  def verify(password, stored)
    OpenSSL.secure_compare(create(password), stored.to_s)
  end

  # Verified against when a login names no account, so that answer takes as long as a wrong password.
  DUMMY_HASH = create(SecureRandom.hex(16))
end
