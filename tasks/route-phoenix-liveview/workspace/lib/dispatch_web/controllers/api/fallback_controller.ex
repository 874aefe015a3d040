defmodule DispatchWeb.Api.FallbackController do
  use DispatchWeb, :controller

  # Invalid status moves come back from the context as changeset errors: answer 422.
  def call(conn, {:error, %Ecto.Changeset{} = changeset}) do
    errors = Ecto.Changeset.traverse_errors(changeset, fn {msg, _opts} -> msg end)

    conn
    |> put_status(:unprocessable_entity)
    |> json(%{errors: errors})
  end
end
