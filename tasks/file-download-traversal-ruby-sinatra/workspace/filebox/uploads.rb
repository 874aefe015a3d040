require 'fileutils'
require 'json'
require_relative 'config'

# POST /files: store an uploaded document in the caller's folder.
module Uploads
  SEGMENT = /\A[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z/
  MAX_SEGMENTS = 5
  MAX_BYTES = 5 * 1024 * 1024

  # The path's segments; only plain names, so a stored file can only land in the member's folder.
  def self.clean_path(path)
    segments = path.split('/', -1)
    return segments if segments.size <= MAX_SEGMENTS && segments.all? { |s| s.match?(SEGMENT) }

    nil
  end

  def self.registered(app)
    app.post '/files' do
      username = current_member
      upload = params['file']
      halt 422, JSON.generate(detail: 'a multipart field "file" is required') unless upload.is_a?(Hash)
      segments = Uploads.clean_path(params['path'] || upload[:filename].to_s)
      unless segments
        halt 400, JSON.generate(detail: "path must be up to 5 segments of letters, digits, '.', '_' and '-'")
      end
      halt 413, JSON.generate(detail: 'files are limited to 5 MB') if upload[:tempfile].size > MAX_BYTES

      target = File.join(Config.member_dir(username), *segments)
      halt 409, JSON.generate(detail: 'a folder with that name exists') if File.directory?(target)
      FileUtils.mkdir_p(File.dirname(target))
      FileUtils.cp(upload[:tempfile].path, target)
      status 201
      JSON.generate(path: segments.join('/'), size: File.size(target))
    end
  end
end
