require 'fileutils'
require 'json'
require 'tmpdir'
require_relative 'paths'

# GET /export?name=...: every document of the caller as one .tar.gz archive.
module Export

  def self.registered(app)
    app.get '/export' do
      username = current_member
      name = params.fetch('name', 'documents')
      halt 400, JSON.generate(detail: 'name must be 1 to 64 characters') unless name.length.between?(1, 64)

      FileUtils.mkdir_p(Config.member_dir(username))
      archive = Dir.mktmpdir do |workdir|
        target = "#{workdir}/#{name}.tar.gz"
        halt 500 unless system("tar -czf #{target} -C #{Paths.member_root(username)} .")
        File.binread(target)
      end

      content_type 'application/gzip'
      attachment "#{name}.tar.gz"
      archive
    end
  end
end
