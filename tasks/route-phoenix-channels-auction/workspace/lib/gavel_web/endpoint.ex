defmodule GavelWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :gavel

  plug Plug.Parsers, parsers: [:json], json_decoder: Jason
  plug GavelWeb.Router
end
