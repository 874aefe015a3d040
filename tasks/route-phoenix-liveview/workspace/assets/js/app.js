// Connects the browser to LiveView over /live; the CSRF token comes from the root layout.
import "phoenix_html"
import {Socket} from "phoenix"
import {LiveSocket} from "phoenix_live_view"

let csrfToken = document.querySelector("meta[name='csrf-token']").getAttribute("content")
let liveSocket = new LiveSocket("/live", Socket, {
  longPollFallbackMs: 2500,
  params: {_csrf_token: csrfToken}
})

liveSocket.connect()

// Exposed for debugging from the browser console: liveSocket.enableDebug()
window.liveSocket = liveSocket
