defmodule Dispatch.Application do
  # See https://hexdocs.pm/elixir/Application.html
  @moduledoc false

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      DispatchWeb.Telemetry,
      Dispatch.Repo,
      {DNSCluster, query: Application.get_env(:dispatch, :dns_cluster_query) || :ignore},
      {Phoenix.PubSub, name: Dispatch.PubSub},
      # The endpoint starts last so requests only arrive once the repo and PubSub are up.
      DispatchWeb.Endpoint
    ]

    opts = [strategy: :one_for_one, name: Dispatch.Supervisor]
    Supervisor.start_link(children, opts)
  end

  @impl true
  def config_change(changed, _new, removed) do
    DispatchWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
