import Config

config :dispatch, Dispatch.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "dispatch_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :dispatch, DispatchWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "dev-only-secret-key-base-not-used-in-production-7f1c2a9d0e4b6c8a1f3e5d7b9c0a2e4f",
  watchers: [
    esbuild: {Esbuild, :install_and_run, [:dispatch, ~w(--sourcemap=inline --watch)]},
    tailwind: {Tailwind, :install_and_run, [:dispatch, ~w(--watch)]}
  ]

config :dispatch, DispatchWeb.Endpoint,
  live_reload: [
    patterns: [
      ~r"priv/static/(?!uploads/).*(js|css|png|jpeg|jpg|gif|svg)$",
      ~r"lib/dispatch_web/(controllers|live|components)/.*(ex|heex)$"
    ]
  ]

config :logger, :console, format: "[$level] $message\n"

config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime

config :phoenix_live_view, :debug_heex_annotations, true
