require 'json'
require 'sinatra/base'
require_relative 'database'

# The notes service: a Sinatra application. Set :database before serving requests.
class NotesApp < Sinatra::Base
  set :database, nil
  set :show_exceptions, false

  before { content_type :json }

  get '/health' do
    JSON.generate(status: 'ok')
  end
end
