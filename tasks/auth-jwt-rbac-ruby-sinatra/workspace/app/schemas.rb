# Request bodies, checked field by field: strict JSON types, lengths and allowed values.
module Schemas
  ROLES = %w[admin editor viewer].freeze

  def self.text(max, min: 0)
    ->(value) { value.is_a?(String) && value.length.between?(min, max) }
  end

  USERNAME = ->(value) { value.is_a?(String) && value.match?(/\A[A-Za-z0-9_.-]{3,50}\z/) }
  ROLE = ->(value) { ROLES.include?(value) }
  ANY_TEXT = ->(value) { value.is_a?(String) }

  # field => [check, default]; a field without a default is required.
  USER_IN = {
    'username' => [USERNAME], 'password' => [text(128, min: 8)], 'role' => [ROLE],
    'display_name' => [text(100), ''], 'email' => [text(254), '']
  }.freeze
  USER_PATCH = {
    'role' => [ROLE], 'display_name' => [text(100)], 'email' => [text(254)], 'password' => [text(128, min: 8)]
  }.freeze
  DOCUMENT_IN = {
    'title' => [text(200, min: 1)], 'body' => [ANY_TEXT, ''], 'owner_id' => [->(value) { value.is_a?(Integer) }]
  }.freeze
  DOCUMENT_PATCH = { 'title' => [text(200, min: 1)], 'body' => [ANY_TEXT] }.freeze

  # [values, errors]. Unknown fields are dropped. A partial body (PATCH) may omit any field,
  # and a null there means "leave it as it is".
  def self.check(body, schema, partial: false)
    return [{}, ['the body must be a JSON object']] unless body.is_a?(Hash)

    values = {}
    errors = []
    schema.each do |name, (valid, *default)|
      if !body.key?(name) || (partial && body[name].nil?)
        errors << "#{name} is required" unless partial || default.any?
        values[name] = default.first if !partial && default.any?
      elsif valid.call(body[name])
        values[name] = body[name]
      else
        errors << "#{name} is invalid"
      end
    end
    [values, errors]
  end
end
