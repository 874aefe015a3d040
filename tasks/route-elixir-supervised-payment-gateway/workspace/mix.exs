  defmodule Paygate.MixProject do
    use Mix.Project

    def project do
      [app: :paygate, version: "0.3.0", elixir: "~> 1.15", start_permanent: Mix.env() == :prod, deps: deps()]
    end

    def application do
      [mod: {Paygate.Application, []}, extra_applications: [:logger, :runtime_tools]]
    end

    defp deps do
      [
        {:finch, "~> 0.16"},
{:jason, "~> 1.4"}
      ]
    end
  end
