require "resque/tasks"
task "resque:setup" => :environment
