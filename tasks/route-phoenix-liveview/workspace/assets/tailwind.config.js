// Tailwind scans the templates and LiveViews for the classes it should generate.
module.exports = {
  content: ["./js/**/*.js", "../lib/dispatch_web.ex", "../lib/dispatch_web/**/*.*ex"],
  theme: {extend: {}},
  plugins: [require("@tailwindcss/forms")]
}
