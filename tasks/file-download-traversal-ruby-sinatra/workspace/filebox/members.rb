require 'rack/utils'

# Members and their API tokens, and the helper that says who is calling.
module Members
  # Development tokens, documented in README.md. token -> username.
  TOKENS = {
    'fbx-alice-5b1f8e2c9d04' => 'alice',
    'fbx-bob-a7d3c6e19f52' => 'bob',
    'fbx-bobby-3e9b0d4a7c61' => 'bobby'
  }.freeze

  # The username behind an Authorization header, or nil. Compared in constant time.
  def self.authenticate(header)
    scheme, token = header.to_s.split(' ', 2)
    return nil unless scheme&.casecmp?('bearer') && token && !token.empty?

    TOKENS.find { |known, _| Rack::Utils.secure_compare(known, token) }&.last
  end

  # Sinatra helpers: current_member halts with 401 unless the caller has a valid token.
  module Helpers
    def current_member
      @current_member ||= Members.authenticate(request.env['HTTP_AUTHORIZATION']) ||
                          halt(401, { 'WWW-Authenticate' => 'Bearer' }, JSON.generate(detail: 'Not authenticated'))
    end
  end
end
