defmodule Dispatch.Deliveries.Courier do
  use Ecto.Schema
  import Ecto.Changeset

  schema "couriers" do
    field :name, :string
    field :phone, :string
    field :active, :boolean, default: true

    has_many :deliveries, Dispatch.Deliveries.Delivery

    timestamps(type: :utc_datetime)
  end

  def changeset(courier, attrs) do
    courier
    |> cast(attrs, [:name, :phone, :active])
    |> validate_required([:name, :phone])
  end
end
