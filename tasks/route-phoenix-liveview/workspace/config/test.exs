import Config

# The MIX_TEST_PARTITION suffix lets CI run partitions against separate databases.
config :dispatch, Dispatch.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "dispatch_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: System.schedulers_online() * 2

config :dispatch, DispatchWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  secret_key_base: "test-only-secret-key-base-3b9e1d7c5a2f4e6b8d0c1a3e5f7b9d2c4a6e8f0b1d3c5e7a",
  server: false

config :logger, level: :warning

config :phoenix, :plug_init_mode, :runtime
