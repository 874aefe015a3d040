# Rack entry point: `puma -b tcp://127.0.0.1:8000 config.ru` from the project root.
require_relative 'app/accounts_app'

AccountsApp.set :database, Database.open
run AccountsApp
