export * from "./ledger"
export * from "./record-captures"
