# General application configuration, loaded before any dependency and
# before the environment-specific files imported at the bottom.
import Config

config :dispatch,
  ecto_repos: [Dispatch.Repo],
  generators: [timestamp_type: :utc_datetime]

config :dispatch, DispatchWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Bandit.PhoenixAdapter,
  render_errors: [
    formats: [html: DispatchWeb.ErrorHTML, json: DispatchWeb.ErrorJSON],
    layout: false
  ],
  pubsub_server: Dispatch.PubSub,
  live_view: [signing_salt: "q3Vb7tXe"]

config :esbuild,
  version: "0.17.11",
  dispatch: [
    args:
      ~w(js/app.js --bundle --target=es2017 --outdir=../priv/static/assets --external:/fonts/* --external:/images/*),
    cd: Path.expand("../assets", __DIR__),
    env: %{"NODE_PATH" => Path.expand("../deps", __DIR__)}
  ]

config :tailwind,
  version: "3.4.3",
  dispatch: [
    args: ~w(
      --config=tailwind.config.js
      --input=css/app.css
      --output=../priv/static/assets/app.css
    ),
    cd: Path.expand("../assets", __DIR__)
  ]

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id]

config :phoenix, :json_library, Jason

import_config "#{config_env()}.exs"
