require 'fileutils'
require 'json'
require 'open3'
require_relative 'paths'

# GET /export?name=...: every document of the caller as one .tar.gz archive.
module Export
  ARCHIVE_NAME = /\A[A-Za-z0-9_-]{1,64}\z/

  def self.registered(app)
    app.get '/export' do
      username = current_member
      name = params.fetch('name', 'documents')
      halt 400, JSON.generate(detail: "name must be 1 to 64 letters, digits, '-' or '_'") unless name.match?(ARCHIVE_NAME)

      FileUtils.mkdir_p(Config.member_dir(username))
      # An argument list, no shell: nothing the client sends is ever parsed as a command, and
      # the archive goes to stdout, so the name never reaches the command line at all.
      archive, status = Open3.capture2('tar', '-czf', '-', '-C', Paths.member_root(username), '.', binmode: true)
      halt 500, JSON.generate(detail: 'the archive could not be built') unless status.success?

      content_type 'application/gzip'
      attachment "#{name}.tar.gz"
      archive
    end
  end
end
