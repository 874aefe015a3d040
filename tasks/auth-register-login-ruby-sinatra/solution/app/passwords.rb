require 'openssl'
require 'securerandom'

# Password hashing: scrypt from OpenSSL, with a random salt per password.
# Stored form: scrypt$<N>$<r>$<p>$<salt hex>$<key hex>. The cost parameters travel with each
# hash, so they can be raised later and older hashes still verify.
module Passwords
  N = 2**14
  R = 8
  P = 1
  SALT_BYTES = 16
  KEY_BYTES = 32
  SCHEME = 'scrypt'.freeze

  module_function

  def create(password)
    salt = SecureRandom.bytes(SALT_BYTES)
    [SCHEME, N, R, P, salt.unpack1('H*'), derive(password, salt, N, R, P).unpack1('H*')].join('$')
  end

  def verify(password, stored)
    scheme, n, r, p, salt_hex, key_hex = stored.to_s.split('$')
    costs = [n, r, p]
    return false unless scheme == SCHEME && key_hex && costs.all? { |c| c.match?(/\A\d{1,7}\z/) }

    actual = derive(password, [salt_hex].pack('H*'), *costs.map(&:to_i))
    OpenSSL.secure_compare(actual, [key_hex].pack('H*'))
  rescue OpenSSL::KDF::KDFError
    false
  end

  def derive(password, salt, n, r, p)
    OpenSSL::KDF.scrypt(password, salt: salt, N: n, r: r, p: p, length: KEY_BYTES)
  end

  # Verified against when a login names no account, so that answer takes as long as a wrong password.
  DUMMY_HASH = create(SecureRandom.hex(16))
end
