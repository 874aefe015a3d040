  defmodule MeterIngest.MixProject do
    use Mix.Project

    def project do
      [app: :meter_ingest, version: "0.3.0", elixir: "~> 1.15", start_permanent: Mix.env() == :prod, deps: deps()]
    end

    def application do
      [mod: {MeterIngest.Application, []}, extra_applications: [:logger, :runtime_tools]]
    end

    defp deps do
      [
        {:thousand_island, "~> 1.3"},
{:jason, "~> 1.4"},
{:telemetry, "~> 1.2"}
      ]
    end
  end
