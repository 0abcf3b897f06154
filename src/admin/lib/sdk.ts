import Medusa from "@medusajs/js-sdk"

// "/" resolves to the origin the admin is served from (the Medusa server at /app);
// VITE_BACKEND_URL points a separately hosted admin at its server.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
