defmodule Dispatch.Deliveries do
  @moduledoc """
  The Deliveries context: creating deliveries, assigning couriers and moving deliveries
  through their status lifecycle. Web and API code go through here, never the Repo directly.
  """

  import Ecto.Query, warn: false

  alias Dispatch.Repo
  alias Dispatch.Deliveries.{Courier, Delivery}

  def list_deliveries(filters \\ %{}) do
    Delivery
    |> filter_status(filters["status"])
    |> order_by(desc: :inserted_at)
    |> preload(:courier)
    |> Repo.all()
  end

  defp filter_status(query, status) when status in [nil, ""], do: query
  defp filter_status(query, status), do: where(query, status: ^status)

  def get_delivery!(id), do: Delivery |> Repo.get!(id) |> Repo.preload(:courier)

  def create_delivery(attrs) do
    %Delivery{}
    |> Delivery.changeset(attrs)
    |> Repo.insert()
  end

  def list_active_couriers do
    Repo.all(from c in Courier, where: c.active, order_by: c.name)
  end

  def create_courier(attrs) do
    %Courier{}
    |> Courier.changeset(attrs)
    |> Repo.insert()
  end

  def assign_courier(%Delivery{} = delivery, %Courier{id: courier_id}) do
    delivery
    |> Delivery.status_changeset("assigned")
    |> Ecto.Changeset.put_change(:courier_id, courier_id)
    |> Repo.update()
  end

  @doc "Moves a delivery to `new_status` if the lifecycle allows it."
  def update_status(%Delivery{} = delivery, new_status) do
    delivery
    |> Delivery.status_changeset(new_status)
    |> Repo.update()
  end
end
