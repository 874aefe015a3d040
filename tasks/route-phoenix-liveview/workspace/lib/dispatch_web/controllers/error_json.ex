defmodule DispatchWeb.ErrorJSON do
  # Every JSON error has the same shape: %{errors: %{detail: "Not Found"}}.
  def render(template, _assigns) do
    %{errors: %{detail: Phoenix.Controller.status_message_from_template(template)}}
  end
end
