require 'openssl'
require 'securerandom'

# Password hashing: salted PBKDF2-HMAC-SHA256. Stored form: <salt hex>:<key hex>.
module Passwords
  ITERATIONS = 1000

  module_function

  def create(password)
    salt = SecureRandom.bytes(16)
    "#{salt.unpack1('H*')}:#{derive(password, salt).unpack1('H*')}"
  end

  def verify(password, stored)
    salt_hex, key_hex = stored.to_s.split(':')
    return false unless key_hex

    OpenSSL.secure_compare(derive(password, [salt_hex].pack('H*')), [key_hex].pack('H*'))
  end

  def derive(password, salt)
    OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: ITERATIONS, length: 32, hash: 'sha256')
  end

  # Verified against when a login names no account, so that answer takes as long as a wrong password.
  DUMMY_HASH = create(SecureRandom.hex(16))
end
