defmodule DispatchWeb.ErrorHTML do
  use DispatchWeb, :html

  # Plain-text error pages, e.g. "Not Found" for 404.html.
  def render(template, _assigns) do
    Phoenix.Controller.status_message_from_template(template)
  end
end
