defmodule DispatchWeb.PageController do
  use DispatchWeb, :controller

  def home(conn, _params) do
    render(conn, :home)
  end
end
