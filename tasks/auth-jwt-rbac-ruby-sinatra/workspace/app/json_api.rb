require 'json'
require_relative 'schemas'

# Sinatra helpers shared by the routes: JSON bodies in and out, errors as {"detail": ...}.
module JsonApi
  MAX_ID = 2**63 - 1 # SQLite's largest rowid

  def halt_json(status, detail, headers = {})
    halt status, headers, JSON.generate(detail: detail)
  end

  def json_body
    JSON.parse(request.body.read)
  rescue JSON::ParserError
    halt_json 422, 'the body is not valid JSON'
  end

  # The body's values under a schema, or 422 with what is wrong.
  def valid_body(schema, partial: false)
    values, errors = Schemas.check(json_body, schema, partial: partial)
    halt_json 422, errors unless errors.empty?
    values
  end

  # The :id path segment: 422 when it is no integer; 0 (no row) when it is too large.
  def path_id
    halt_json 422, 'id must be an integer' unless params['id'].match?(/\A\d+\z/)
    id = params['id'].to_i
    id <= MAX_ID ? id : 0
  end

  def db
    settings.database
  end
end
