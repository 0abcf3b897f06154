import Medusa from "@medusajs/js-sdk"

// The host's admin build defines these (from its medusa-config `admin.backendUrl` and the
// ADMIN_AUTH_TYPE / ADMIN_JWT_TOKEN_STORAGE_KEY variables), so the plugin calls whichever server the
// host's own dashboard calls; nothing about the backend is fixed when the plugin is built.
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ ?? "/",
  auth: {
    type: __AUTH_TYPE__ ?? "session",
    jwtTokenStorageKey: __JWT_TOKEN_STORAGE_KEY__ || undefined,
  },
})
