/// <reference types="vite/client" />

// Defined by the host's admin build (@medusajs/admin-bundler), the same globals the dashboard reads.
declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
