require_relative "boot"

require "rails"
# Only the frameworks this API uses; no asset pipeline, views or Action Cable.
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"
require "action_mailer/railtie"
require "rails/test_unit/railtie"

# Require the gems listed in Gemfile, including any gems
# you've limited to :test, :development, or :production.
Bundler.require(*Rails.groups)

module Ledgerline
  class Application < Rails::Application
    config.load_defaults 7.1

    # lib/ holds plain Ruby helpers; tasks and assets in it are not autoloaded.
    config.autoload_lib(ignore: %w[assets tasks])

    config.time_zone = "UTC"

    # Every background job goes through Sidekiq; queues are declared in config/sidekiq.yml.
    config.active_job.queue_adapter = :sidekiq

    config.action_mailer.default_url_options = { host: ENV.fetch("APP_HOST", "localhost:3000") }

    # API-only: no cookies, sessions or view helpers in the middleware stack.
    config.api_only = true
  end
end
