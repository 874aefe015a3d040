defmodule DispatchWeb.Layouts do
  use DispatchWeb, :html

  embed_templates "layouts/*"
end
