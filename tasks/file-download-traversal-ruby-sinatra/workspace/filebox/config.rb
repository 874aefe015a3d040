# Where documents are stored: storage/<username>/ at the project root unless configured.
module Config
  PROJECT_DIR = File.expand_path('..', __dir__)

  module_function

  def storage_dir
    ENV.fetch('FILEBOX_STORAGE', File.join(PROJECT_DIR, 'storage'))
  end

  def member_dir(username)
    File.join(storage_dir, username)
  end
end
