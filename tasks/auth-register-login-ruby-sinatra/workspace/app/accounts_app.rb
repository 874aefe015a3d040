require 'json'
require 'sinatra/base'
require_relative 'database'

# The accounts service. Set :database before serving requests.
class AccountsApp < Sinatra::Base
  set :database, nil
  set :show_exceptions, false

  before { content_type :json }

  get '/health' do
    JSON.generate(status: 'ok')
  end

  # TODO: POST /register, POST /login, POST /logout, GET /me and GET /admin/users.
  post('/register') { halt 501, JSON.generate(error: 'not implemented') }
  post('/login') { halt 501, JSON.generate(error: 'not implemented') }
  get('/me') { halt 501, JSON.generate(error: 'not implemented') }

  not_found do
    JSON.generate(error: 'not found') if env['sinatra.error']
  end

  error do
    JSON.generate(error: 'internal server error')
  end
end
