defmodule FleetWeb.DriversLive do
  use FleetWeb, :live_view

  def mount(_params, _session, socket), do: {:ok, assign(socket, drivers: [])}

  def render(assigns) do
    ~H"""
    <ul><li :for={d <- @drivers}><%= d.name %></li></ul>
    """
  end
end
