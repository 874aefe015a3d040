require_relative 'config'

# Turning a client-supplied relative path into a file inside one member's folder, or nothing.
#
# The path arrives URL-decoded, so it may hold "..", start with "/", or name a symlink: the
# candidate is resolved (following symlinks) and must still lie inside the member's resolved
# folder, compared with a trailing separator so "storage/bob" never contains "storage/bobby".
module Paths
  module_function

  def member_root(username)
    File.realpath(Config.member_dir(username))
  rescue SystemCallError
    nil
  end

  # The resolved path `relative` names (nil when it cannot be resolved: missing, a NUL byte, a
  # symlink loop). The caller still checks that it lies inside the root.
  def resolve(root, relative)
    File.realpath(File.expand_path(relative, root))
  rescue SystemCallError, ArgumentError
    nil
  end

  # (relative path with '/' separators, size) of every regular file, sorted by path. Symlinks
  # are skipped: a link could point anywhere on the machine.
  def member_files(username)
    root = member_root(username)
    return [] unless root

    Dir.glob('**/*', File::FNM_DOTMATCH, base: root)
       .reject { |relative| File.basename(relative) == '.' }
       .select { |relative| File.file?(File.join(root, relative)) && !File.symlink?(File.join(root, relative)) }
       .map { |relative| [relative, File.size(File.join(root, relative))] }
       .sort
  end
end
