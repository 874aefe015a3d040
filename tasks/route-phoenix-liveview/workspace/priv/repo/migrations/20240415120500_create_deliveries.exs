defmodule Dispatch.Repo.Migrations.CreateDeliveries do
  use Ecto.Migration

  def change do
    create table(:deliveries) do
      add :reference, :string, null: false
      add :pickup_address, :string, null: false
      add :dropoff_address, :string, null: false
      add :status, :string, null: false, default: "pending"
      add :status_changed_at, :utc_datetime
      add :courier_id, references(:couriers, on_delete: :nilify_all)

      timestamps(type: :utc_datetime)
    end

    create unique_index(:deliveries, [:reference])
    create index(:deliveries, [:status])
    create index(:deliveries, [:courier_id])
  end
end
