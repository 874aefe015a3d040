defmodule TicketingWeb.EventJSON do
  def index(%{events: events}), do: %{data: Enum.map(events, &data/1)}
  def show(%{event: event}), do: %{data: data(event)}
  defp data(event), do: %{id: event.id, title: event.title, starts_at: event.starts_at}
end
