require 'json'
require 'sinatra/base'
require_relative 'auth'
require_relative 'auth_routes'
require_relative 'database'
require_relative 'documents_routes'
require_relative 'json_api'
require_relative 'me_routes'
require_relative 'seed'
require_relative 'users_routes'

# The documents service. Set :database before serving requests.
class DocumentsApp < Sinatra::Base
  set :database, nil
  set :show_exceptions, false
  helpers JsonApi, Auth::Helpers
  register AuthRoutes, MeRoutes, DocumentsRoutes, UsersRoutes

  before { content_type :json }

  get '/health' do
    JSON.generate(status: 'ok')
  end

  # Also runs after a route's own 404: keep that answer, replace only Sinatra's HTML page.
  not_found do
    JSON.generate(detail: 'Not Found') if env['sinatra.error']
  end

  error do
    JSON.generate(detail: 'Internal Server Error')
  end
end
