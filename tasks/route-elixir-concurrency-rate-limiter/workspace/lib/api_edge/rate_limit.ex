defmodule ApiEdge.RateLimit do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def allow?(client_id), do: GenServer.call(__MODULE__, {:allow?, client_id})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:allow?, id}, _from, state), do: {:reply, true, Map.update(state, id, 1, &(&1 + 1))}
end
