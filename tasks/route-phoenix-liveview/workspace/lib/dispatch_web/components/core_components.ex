defmodule DispatchWeb.CoreComponents do
  @moduledoc """
  The small set of UI components the dispatch screens share.
  """
  use Phoenix.Component

  alias Phoenix.LiveView.JS

  @doc "Renders the flash messages of a kind."
  attr :flash, :map, required: true
  attr :kind, :atom, values: [:info, :error], required: true

  def flash(assigns) do
    ~H"""
    <div
      :if={msg = Phoenix.Flash.get(@flash, @kind)}
      id={"flash-#{@kind}"}
      role="alert"
      phx-click={JS.push("lv:clear-flash", value: %{key: @kind}) |> JS.hide(to: "#flash-#{@kind}")}
      class={["rounded p-3 text-sm", @kind == :info && "bg-emerald-50", @kind == :error && "bg-rose-50"]}
    >
      <%= msg %>
    </div>
    """
  end

  @doc "A page header with an optional actions slot."
  slot :inner_block, required: true
  slot :actions

  def header(assigns) do
    ~H"""
    <header class="flex items-center justify-between gap-6 pb-4">
      <h1 class="text-lg font-semibold text-zinc-800"><%= render_slot(@inner_block) %></h1>
      <div><%= render_slot(@actions) %></div>
    </header>
    """
  end

  @doc "A status badge coloured by delivery status."
  attr :status, :string, required: true

  def status_badge(assigns) do
    ~H"""
    <span class={["rounded-full px-2 py-0.5 text-xs font-medium", badge_class(@status)]}>
      <%= String.replace(@status, "_", " ") %>
    </span>
    """
  end

  defp badge_class("delivered"), do: "bg-emerald-100 text-emerald-800"
  defp badge_class("failed"), do: "bg-rose-100 text-rose-800"
  defp badge_class("pending"), do: "bg-zinc-100 text-zinc-700"
  defp badge_class(_in_progress), do: "bg-sky-100 text-sky-800"

  @doc "A button."
  attr :rest, :global, include: ~w(disabled phx-click phx-value-id phx-value-status)
  slot :inner_block, required: true

  def button(assigns) do
    ~H"""
    <button class="rounded bg-zinc-900 px-3 py-1.5 text-sm text-white hover:bg-zinc-700" {@rest}>
      <%= render_slot(@inner_block) %>
    </button>
    """
  end
end
