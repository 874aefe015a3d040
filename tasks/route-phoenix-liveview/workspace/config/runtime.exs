import Config

# Read at boot, including in releases: everything that differs per deployment.
if System.get_env("PHX_SERVER") do
  config :dispatch, DispatchWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise "environment variable DATABASE_URL is missing (ecto://USER:PASS@HOST/DATABASE)"

  config :dispatch, Dispatch.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing (mix phx.gen.secret)"

  host = System.get_env("PHX_HOST") || "dispatch.example.com"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :dispatch, DispatchWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base
end
