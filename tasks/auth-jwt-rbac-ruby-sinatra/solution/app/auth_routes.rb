require 'json'
require_relative 'auth'
require_relative 'tokens'

# POST /auth/token: a bearer token for a username and password.
module AuthRoutes
  def self.registered(app)
    app.post '/auth/token' do
      body = json_body
      username = body['username'] if body.is_a?(Hash)
      password = body['password'] if body.is_a?(Hash)
      halt_json 422, 'username and password are required strings' unless username.is_a?(String) && password.is_a?(String)

      user = Auth.authenticate(db, username, password)
      unauthorized('Incorrect username or password') unless user
      token, lifetime = Tokens.issue(user['username'])
      JSON.generate(access_token: token, token_type: 'bearer', expires_in: lifetime)
    end
  end
end
