require_relative 'passwords'
require_relative 'tokens'

# Who is calling: bearer-token authentication and role checks, as Sinatra helpers.
module Auth
  # Checked against when the username is unknown, so both failures take the same time.
  DUMMY_HASH = Passwords.create('no-such-user-placeholder')
  USER_COLUMNS = 'id, username, display_name, email, role'.freeze

  def self.authenticate(db, username, password)
    user = db.row('SELECT id, username, password_hash FROM users WHERE username = ?', username)
    return Passwords.verify(password, DUMMY_HASH) && nil unless user

    Passwords.verify(password, user['password_hash']) ? user : nil
  end

  # Sinatra helpers.
  module Helpers
    def unauthorized(detail)
      halt_json 401, detail, 'WWW-Authenticate' => 'Bearer'
    end

    # The caller, read from the database on every request, so a role change or a deletion
    # applies at once to tokens already issued.
    def current_user
      @current_user ||= begin
        scheme, token = request.env['HTTP_AUTHORIZATION'].to_s.split(' ', 2)
        unauthorized('Not authenticated') unless scheme&.casecmp?('bearer') && token && !token.empty?
        username = Tokens.decode(token.strip)['sub']
        user = username.is_a?(String) && db.row("SELECT #{USER_COLUMNS} FROM users WHERE username = ?", username)
        user || unauthorized('Invalid or expired token')
      rescue Tokens::Invalid
        unauthorized('Invalid or expired token')
      end
    end

    # The caller when their role is one of `roles`; 403 for the others.
    def require_role(*roles)
      halt_json 403, 'Your role does not allow this' unless roles.include?(current_user['role'])
      current_user
    end

    def admin?
      current_user['role'] == 'admin'
    end
  end
end
