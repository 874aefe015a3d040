require 'digest'
require 'securerandom'

# Cookie sessions kept on the server: the cookie is a random token, the sessions table holds
# its SHA-256, so a copy of the database opens no session.
module Sessions
  COOKIE = 'session'.freeze
  ACCOUNT_FIELDS = %w[id username email role].freeze
  ACCOUNT_COLUMNS = 'users.id, users.username, users.email, users.role'.freeze

  module_function

  def start(db, user_id)
    token = SecureRandom.urlsafe_base64(32)
    db.write('INSERT INTO sessions (token_hash, user_id) VALUES (?, ?)', Digest::SHA256.hexdigest(token), user_id)
    token
  end

  def account(db, token)
    return nil unless token.is_a?(String) && !token.empty?

    row = db.row("SELECT #{ACCOUNT_COLUMNS} FROM sessions JOIN users ON users.id = sessions.user_id " \
                 'WHERE sessions.token_hash = ?', Digest::SHA256.hexdigest(token))
    row&.slice(*ACCOUNT_FIELDS)
  end

  def finish(db, token)
    db.write('DELETE FROM sessions WHERE token_hash = ?', Digest::SHA256.hexdigest(token)) if token.is_a?(String)
  end
end
