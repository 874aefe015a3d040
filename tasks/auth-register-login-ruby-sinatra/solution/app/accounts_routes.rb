require 'json'
require_relative 'account_rules'
require_relative 'passwords'
require_relative 'sessions'

# Registration, login, logout, the current account and the admin's account list.
module AccountsRoutes
  MAX_BODY = 16 * 1024

  # Sinatra helpers.
  module Helpers
    def halt_error(status, message)
      halt status, JSON.generate(error: message)
    end

    # The JSON body, refused with 413 before it is parsed when it is larger than 16 KiB.
    def json_body
      halt_error 413, 'the body is larger than 16 KiB' if request.content_length.to_i > MAX_BODY
      text = request.body.read(MAX_BODY + 1).to_s
      halt_error 413, 'the body is larger than 16 KiB' if text.bytesize > MAX_BODY
      JSON.parse(text)
    rescue JSON::ParserError
      halt_error 422, 'the body is not valid JSON'
    end

    def account_json(row)
      JSON.generate(row.slice(*Sessions::ACCOUNT_FIELDS))
    end

    def current_account
      @current_account ||= Sessions.account(db, request.cookies[Sessions::COOKIE]) ||
                           halt_error(401, 'not logged in')
    end

    def start_session(user_id)
      response.set_cookie(Sessions::COOKIE, value: Sessions.start(db, user_id), path: '/',
                                            httponly: true, same_site: :lax)
    end
  end

  def self.registered(app)
    app.helpers Helpers

    app.post '/register' do
      account, errors = AccountRules.registration(json_body)
      halt_error 422, errors.join('; ') unless errors.empty?
      taken = db.row('SELECT id FROM users WHERE username = ? OR email = ?', account['username'], account['email'])
      halt_error 409, 'username or email already registered' if taken

      # The role is the schema's default ('user'); nothing else from the body is stored.
      id, = db.write('INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)',
                     account['username'], account['email'], Passwords.create(account['password']))
      status 201
      account_json(db.row('SELECT id, username, email, role FROM users WHERE id = ?', id))
    rescue SQLite3::ConstraintException
      halt_error 409, 'username or email already registered'
    end

    app.post '/login' do
      body = json_body
      username, password = body.values_at('username', 'password') if body.is_a?(Hash)
      halt_error 422, 'username and password must be strings' unless username.is_a?(String) && password.is_a?(String)

      user = db.row('SELECT id, username, email, role, password_hash FROM users WHERE username = ?', username.downcase)
      valid = Passwords.verify(password, user ? user['password_hash'] : Passwords::DUMMY_HASH)
      halt_error 401, 'invalid username or password' unless user && valid

      start_session(user['id'])
      account_json(user)
    end

    app.post '/logout' do
      Sessions.finish(db, request.cookies[Sessions::COOKIE])
      response.delete_cookie(Sessions::COOKIE, path: '/')
      status 204
      ''
    end

    app.get '/me' do
      account_json(current_account)
    end

    app.get '/admin/users' do
      halt_error 403, 'admins only' unless current_account['role'] == 'admin'
      JSON.generate(db.rows('SELECT id, username, email, role FROM users ORDER BY id').map { |row| row.slice(*Sessions::ACCOUNT_FIELDS) })
    end
  end
end
