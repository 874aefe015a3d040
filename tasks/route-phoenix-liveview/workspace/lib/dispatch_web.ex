defmodule DispatchWeb do
  @moduledoc """
  The entrypoint for defining the web interface: controllers, components, channels and so on.

  Used as:

      use DispatchWeb, :controller
      use DispatchWeb, :live_view
  """

  def static_paths, do: ~w(assets fonts images favicon.ico robots.txt)

  def router do
    quote do
      use Phoenix.Router, helpers: false

      import Plug.Conn
      import Phoenix.Controller
      import Phoenix.LiveView.Router
    end
  end

  def controller do
    quote do
      use Phoenix.Controller,
        formats: [:html, :json],
        layouts: [html: DispatchWeb.Layouts]

      import Plug.Conn

      unquote(verified_routes())
    end
  end

  def live_view do
    quote do
      use Phoenix.LiveView,
        layout: {DispatchWeb.Layouts, :app}

      unquote(html_helpers())
    end
  end

  def live_component do
    quote do
      use Phoenix.LiveComponent

      unquote(html_helpers())
    end
  end

  def html do
    quote do
      use Phoenix.Component

      import Phoenix.Controller,
        only: [get_csrf_token: 0, view_module: 1, view_template: 1]

      unquote(html_helpers())
    end
  end

  defp html_helpers do
    quote do
      import Phoenix.HTML
      import DispatchWeb.CoreComponents

      alias Phoenix.LiveView.JS

      unquote(verified_routes())
    end
  end

  def verified_routes do
    quote do
      use Phoenix.VerifiedRoutes,
        endpoint: DispatchWeb.Endpoint,
        router: DispatchWeb.Router,
        statics: DispatchWeb.static_paths()
    end
  end

  @doc "Dispatches to the appropriate controller/live_view/etc."
  defmacro __using__(which) when is_atom(which) do
    apply(__MODULE__, which, [])
  end
end
