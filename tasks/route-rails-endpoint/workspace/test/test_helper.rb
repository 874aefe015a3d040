ENV["RAILS_ENV"] ||= "test"
require_relative "../config/environment"
require "rails/test_help"

module ActiveSupport
  class TestCase
    parallelize(workers: :number_of_processors)

    # Load every fixture in test/fixtures/*.yml for all tests, in alphabetical order.
    fixtures :all
  end
end
