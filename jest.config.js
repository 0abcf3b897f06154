const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      target: "es2021",
    },
  },
]

const suites = {
  unit: { testMatch: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"] },
  modules: { testMatch: ["**/src/modules/*/__tests__/**/*.module.spec.[jt]s"] },
  // Each HTTP spec boots a whole Medusa app and migrates a fresh database: minutes on a busy 2-core machine.
  http: { testMatch: ["**/integration-tests/http/*.spec.[jt]s"], testTimeout: 300_000 },
}

const suite = suites[process.env.TEST_TYPE] ?? suites.unit

module.exports = {
  transform: { "^.+\\.[jt]s$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  ...suite,
}
