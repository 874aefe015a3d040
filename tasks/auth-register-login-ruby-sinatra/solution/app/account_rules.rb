# What a registration must hold. Each check answers nil when the value is fine, or what is
# wrong with it.
module AccountRules
  USERNAME = /\A[A-Za-z0-9_]{3,32}\z/
  EMAIL = /\A[^\s@]+@[^\s@]*\.[^\s@]*\z/
  EMAIL_MAX = 254

  module_function

  # [{"username", "email", "password"} with username and email lower-cased, errors].
  def registration(body)
    return [nil, ['the body must be a JSON object']] unless body.is_a?(Hash)

    fields = %w[username email password].to_h { |name| [name, body[name]] }
    missing = fields.reject { |_, value| value.is_a?(String) }.keys
    return [nil, missing.map { |name| "#{name} must be a string" }] unless missing.empty?

    errors = [username_error(fields['username']), email_error(fields['email']), password_error(fields['password'])]
    values = fields.merge('username' => fields['username'].downcase, 'email' => fields['email'].downcase)
    [values, errors.compact]
  end

  def username_error(username)
    'username must be 3 to 32 letters, digits or underscores' unless username.match?(USERNAME)
  end

  def email_error(email)
    'email must look like local@domain.tld' unless email.length <= EMAIL_MAX && email.match?(EMAIL)
  end

  def password_error(password)
    return 'password must be 8 to 128 characters' unless password.length.between?(8, 128)

    'password must hold a letter and a digit' unless password.match?(/[A-Za-z]/) && password.match?(/[0-9]/)
  end
end
