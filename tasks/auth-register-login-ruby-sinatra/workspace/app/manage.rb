require_relative 'database'

# Maintenance commands, run from the project root:
#   ruby bin/manage promote <username>   # make an account an admin
module Manage
  USAGE = 'usage: ruby bin/manage promote <username>'.freeze

  module_function

  def promote(db, username)
    _, changed = db.write("UPDATE users SET role = 'admin' WHERE username = ?", username.downcase)
    changed == 1
  end

  # The exit status.
  def main(argv, db = Database.open)
    unless argv.size == 2 && argv[0] == 'promote'
      warn USAGE
      return 2
    end
    unless promote(db, argv[1])
      warn "no account named #{argv[1].inspect}"
      return 1
    end
    puts "#{argv[1]} is now an admin"
    0
  end
end
