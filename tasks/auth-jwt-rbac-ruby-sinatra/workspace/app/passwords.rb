require 'openssl'
require 'securerandom'

# Password hashing: salted PBKDF2-HMAC-SHA256 from OpenSSL.
# Stored form: pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>.
module Passwords
  ITERATIONS = 210_000
  SCHEME = 'pbkdf2_sha256'.freeze

  module_function

  def create(password)
    salt = SecureRandom.bytes(16)
    [SCHEME, ITERATIONS, salt.unpack1('H*'), digest(password, salt, ITERATIONS).unpack1('H*')].join('$')
  end

  def verify(password, stored)
    scheme, iterations, salt_hex, digest_hex = stored.to_s.split('$')
    return false unless scheme == SCHEME && iterations.to_s.match?(/\A\d{1,7}\z/) && salt_hex && digest_hex

    actual = digest(password, [salt_hex].pack('H*'), iterations.to_i)
    OpenSSL.secure_compare(actual, [digest_hex].pack('H*'))
  end

  def digest(password, salt, iterations)
    OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: iterations, length: 32, hash: 'sha256')
  end
end
