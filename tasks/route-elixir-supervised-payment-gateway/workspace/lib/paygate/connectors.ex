defmodule Paygate.Connectors do
  use GenServer

  # One process for every bank: a crash in any handler loses all of them.
  def start_link(banks), do: GenServer.start_link(__MODULE__, banks, name: __MODULE__)
  def init(banks), do: {:ok, Map.new(banks, &{&1, :connected})}
end
