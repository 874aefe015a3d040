defmodule Batchrun.MixProject do
  use Mix.Project

  def project do
    [app: :batchrun, version: "0.3.0", elixir: "~> 1.15", start_permanent: Mix.env() == :prod, deps: deps()]
  end

  def application do
    [mod: {Batchrun.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do
    [
      {:jason, "~> 1.4"}
    ]
  end
end
