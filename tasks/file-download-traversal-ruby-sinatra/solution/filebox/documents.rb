require 'json'
require 'rack/mime'
require_relative 'paths'

# GET /files (the caller's documents) and GET /files/<path> (download one).
module Documents
  # The same answer for missing, outside and not-a-file: nothing to learn by probing.
  NOT_FOUND = JSON.generate(detail: 'File not found')
  # Rack 2.2 has no entry for Markdown.
  MIME_TYPES = Rack::Mime::MIME_TYPES.merge('.md' => 'text/markdown').freeze

  def self.registered(app)
    app.get '/files' do
      files = Paths.member_files(current_member).map { |path, size| { path: path, size: size } }
      JSON.generate(files: files)
    end

    app.get '/files/*' do
      root = Paths.member_root(current_member)
      halt 404, NOT_FOUND unless root
      path = Paths.resolve(root, params['splat'].first) || ''
      halt 404, NOT_FOUND unless path.start_with?("#{root}/")
      halt 404, NOT_FOUND unless File.file?(path)

      type = MIME_TYPES.fetch(File.extname(path).downcase, 'application/octet-stream')
      send_file path, type: type, disposition: :attachment, filename: File.basename(path)
    end
  end
end
