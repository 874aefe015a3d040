defmodule Dispatch.Deliveries.Delivery do
  use Ecto.Schema
  import Ecto.Changeset

  @statuses ~w(pending assigned picked_up delivered failed)
  # Allowed moves; anything else is rejected so the handhelds cannot skip steps.
  @transitions %{
    "pending" => ~w(assigned failed),
    "assigned" => ~w(picked_up pending failed),
    "picked_up" => ~w(delivered failed),
    "delivered" => [],
    "failed" => []
  }

  schema "deliveries" do
    field :reference, :string
    field :pickup_address, :string
    field :dropoff_address, :string
    field :status, :string, default: "pending"
    field :status_changed_at, :utc_datetime

    belongs_to :courier, Dispatch.Deliveries.Courier

    timestamps(type: :utc_datetime)
  end

  def statuses, do: @statuses

  def changeset(delivery, attrs) do
    delivery
    |> cast(attrs, [:reference, :pickup_address, :dropoff_address, :courier_id])
    |> validate_required([:reference, :pickup_address, :dropoff_address])
    |> unique_constraint(:reference)
    |> assoc_constraint(:courier)
  end

  def status_changeset(delivery, new_status) do
    delivery
    |> change(status: new_status, status_changed_at: DateTime.utc_now(:second))
    |> validate_inclusion(:status, @statuses)
    |> validate_transition(delivery.status)
  end

  defp validate_transition(changeset, from) do
    validate_change(changeset, :status, fn :status, to ->
      if to in Map.get(@transitions, from, []),
        do: [],
        else: [status: "cannot move from #{from} to #{to}"]
    end)
  end
end
