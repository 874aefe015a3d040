require 'json'
require 'sinatra/base'
require_relative 'accounts_routes'
require_relative 'database'

# The accounts service. Set :database before serving requests.
class AccountsApp < Sinatra::Base
  set :database, nil
  set :show_exceptions, false
  register AccountsRoutes

  helpers do
    def db
      settings.database
    end
  end

  before { content_type :json }

  get '/health' do
    JSON.generate(status: 'ok')
  end

  not_found do
    JSON.generate(error: 'not found') if env['sinatra.error']
  end

  error do
    JSON.generate(error: 'internal server error')
  end
end
