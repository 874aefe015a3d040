# The note's fields and their rules. Types are strict: no coercion of "true", 1 or null.
module NoteValidation
  TITLE_MAX = 200
  DEFAULTS = { 'body' => '', 'tags' => [], 'done' => false }.freeze
  RULES = {
    'title' => [->(v) { v.is_a?(String) && !v.strip.empty? && v.length <= TITLE_MAX },
                "must be a non-blank string of 1 to #{TITLE_MAX} characters"],
    'body' => [->(v) { v.is_a?(String) }, 'must be a string'],
    'tags' => [->(v) { v.is_a?(Array) && v.all?(String) }, 'must be an array of strings'],
    'done' => [->(v) { [true, false].include?(v) }, 'must be a boolean']
  }.freeze

  module_function

  # POST and PUT: title required, optional fields default. Returns [note, errors].
  def full(body)
    values, errors = check(body)
    errors << error('title', 'is required') if errors.empty? && !values.key?('title')
    [DEFAULTS.merge(values), errors]
  end

  # PATCH: any subset of the fields. Returns [changes, errors].
  def partial(body)
    check(body)
  end

  # Only the known fields are kept, so an "id" (or any other extra field) is ignored.
  def check(body)
    return [{}, [{ loc: ['body'], msg: 'must be a JSON object' }]] unless body.is_a?(Hash)

    values = body.slice(*RULES.keys)
    errors = values.filter_map { |field, value| error(field, RULES[field][1]) unless RULES[field][0].call(value) }
    [values, errors]
  end

  def error(field, message)
    { loc: ['body', field], msg: message }
  end
end
