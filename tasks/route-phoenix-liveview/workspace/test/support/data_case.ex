defmodule Dispatch.DataCase do
  @moduledoc """
  Test case for tests that touch the database through the contexts. Each test runs inside a
  sandboxed transaction that is rolled back at the end.
  """

  use ExUnit.CaseTemplate

  using do
    quote do
      alias Dispatch.Repo

      import Ecto
      import Ecto.Changeset
      import Ecto.Query
      import Dispatch.DataCase
    end
  end

  setup tags do
    Dispatch.DataCase.setup_sandbox(tags)
    :ok
  end

  def setup_sandbox(tags) do
    pid = Ecto.Adapters.SQL.Sandbox.start_owner!(Dispatch.Repo, shared: not tags[:async])
    on_exit(fn -> Ecto.Adapters.SQL.Sandbox.stop_owner(pid) end)
  end

  @doc "Changeset errors as a map of field => [messages]."
  def errors_on(changeset) do
    Ecto.Changeset.traverse_errors(changeset, fn {message, opts} ->
      Regex.replace(~r"%{(\w+)}", message, fn _, key ->
        opts |> Keyword.get(String.to_existing_atom(key), key) |> to_string()
      end)
    end)
  end

  @doc "Inserts a courier and a delivery for tests that need one."
  def delivery_fixture(attrs \\ %{}) do
    {:ok, delivery} =
      attrs
      |> Enum.into(%{
        reference: "DLV-#{System.unique_integer([:positive])}",
        pickup_address: "1 Warehouse Row",
        dropoff_address: "20 Market Street"
      })
      |> Dispatch.Deliveries.create_delivery()

    delivery
  end

  def courier_fixture(attrs \\ %{}) do
    {:ok, courier} =
      attrs
      |> Enum.into(%{name: "Test Courier", phone: "+1 555 0199"})
      |> Dispatch.Deliveries.create_courier()

    courier
  end
end
