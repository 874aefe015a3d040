require "sinatra"
require "sequel"
require "json"

DB = Sequel.sqlite("links.db")

get "/health" do
  content_type :json
  { status: "ok" }.to_json
end
