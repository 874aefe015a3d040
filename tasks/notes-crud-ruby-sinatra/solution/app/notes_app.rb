require 'json'
require 'sinatra/base'
require_relative 'database'
require_relative 'note_validation'
require_relative 'notes_store'

# The notes service: a Sinatra application. Set :database before serving requests.
class NotesApp < Sinatra::Base
  MAX_ID = 2**63 - 1 # SQLite's largest rowid; a larger id names no note
  NOT_FOUND = JSON.generate(detail: 'Note not found')

  set :database, nil
  set :show_exceptions, false

  before { content_type :json }

  helpers do
    def notes
      @notes ||= NotesStore.new(settings.database)
    end

    def invalid!(errors)
      halt 422, JSON.generate(detail: errors)
    end

    # The :id path segment: 422 when it is no integer, nil (so 404) when no row can have it.
    def note_id
      text = params['id']
      invalid!([{ loc: %w[path id], msg: 'must be an integer' }]) unless text.match?(/\A\d+\z/)
      id = Integer(text, 10)
      id <= MAX_ID ? id : nil
    end

    def json_body
      JSON.parse(request.body.read)
    rescue JSON::ParserError
      invalid!([{ loc: ['body'], msg: 'is not valid JSON' }])
    end

    def found(note)
      halt 404, NOT_FOUND unless note
      JSON.generate(note)
    end
  end

  get '/health' do
    JSON.generate(status: 'ok')
  end

  post '/notes' do
    note, errors = NoteValidation.full(json_body)
    invalid!(errors) unless errors.empty?
    status 201
    JSON.generate(notes.create(note))
  end

  get '/notes' do
    done = params['done']
    unless done.nil? || %w[true false].include?(done)
      invalid!([{ loc: %w[query done], msg: 'must be true or false' }])
    end
    JSON.generate(notes.list(done.nil? ? nil : done == 'true'))
  end

  get '/notes/:id' do
    id = note_id
    found(id && notes.find(id))
  end

  put '/notes/:id' do
    id = note_id
    note, errors = NoteValidation.full(json_body)
    invalid!(errors) unless errors.empty?
    found(id && notes.update(id, note))
  end

  patch '/notes/:id' do
    id = note_id
    changes, errors = NoteValidation.partial(json_body)
    invalid!(errors) unless errors.empty?
    current = id && notes.find(id)
    found(current && notes.update(id, current.merge(changes)))
  end

  delete '/notes/:id' do
    id = note_id
    halt 404, NOT_FOUND unless id && notes.delete(id)
    status 204
    ''
  end

  # Also runs after a route's own 404: keep that answer, replace only Sinatra's HTML page.
  not_found do
    JSON.generate(detail: 'Not Found') if env['sinatra.error']
  end

  error do
    JSON.generate(detail: 'Internal Server Error')
  end
end
