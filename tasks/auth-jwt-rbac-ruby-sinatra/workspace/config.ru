# Rack entry point: `puma -b tcp://127.0.0.1:8000 config.ru` from the project root.
require_relative 'app/documents_app'

database = Database.open
Seed.run(database)
DocumentsApp.set :database, database
run DocumentsApp
