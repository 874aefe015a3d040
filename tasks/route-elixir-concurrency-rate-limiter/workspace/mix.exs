  defmodule ApiEdge.MixProject do
    use Mix.Project

    def project do
      [app: :api_edge, version: "0.3.0", elixir: "~> 1.15", start_permanent: Mix.env() == :prod, deps: deps()]
    end

    def application do
      [mod: {ApiEdge.Application, []}, extra_applications: [:logger, :runtime_tools]]
    end

    defp deps do
      [
        {:plug_cowboy, "~> 2.7"},
{:jason, "~> 1.4"}
      ]
    end
  end
