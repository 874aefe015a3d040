require 'json'
require 'sinatra/base'
require_relative 'documents'
require_relative 'export'
require_relative 'members'
require_relative 'samples'
require_relative 'uploads'

# The Filebox application.
class FileboxApp < Sinatra::Base
  set :show_exceptions, false
  helpers Members::Helpers
  register Uploads, Documents, Export

  before { content_type :json }

  get '/health' do
    JSON.generate(status: 'ok')
  end

  not_found do
    JSON.generate(detail: 'Not Found') if env['sinatra.error']
  end

  error do
    JSON.generate(detail: 'Internal Server Error')
  end
end
