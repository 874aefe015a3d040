  defmodule Ticketing.MixProject do
    use Mix.Project

    def project do
      [app: :ticketing, version: "0.3.0", elixir: "~> 1.15", start_permanent: Mix.env() == :prod, deps: deps()]
    end

    def application do
      [mod: {Ticketing.Application, []}, extra_applications: [:logger, :runtime_tools]]
    end

    defp deps do
      [
        {:phoenix, "~> 1.7.10"},
{:phoenix_ecto, "~> 4.4"},
{:ecto_sql, "~> 3.11"},
{:postgrex, ">= 0.0.0"},
{:jason, "~> 1.4"},
{:bandit, "~> 1.2"}
      ]
    end
  end
