import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Runs this repository as a Medusa app (demo, integration tests, benchmarks). A host store
// does not need this file: it lists the plugin under `plugins` and the modules come with it.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  modules: [
    { resolve: "./src/modules/company" },
    { resolve: "./src/modules/quantity-rule" },
    { resolve: "./src/modules/credit" },
    {
      // The plugin's payment methods (invoice, on account, guarantee) next to Medusa's system provider.
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/providers/b2b-payment", id: "b2b" }],
      },
    },
    {
      // The demo's e-mails (invitations to join a company) are written to the log.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["email", "feed"] },
          },
        ],
      },
    },
  ],
})
