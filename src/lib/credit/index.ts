export * from "./vocabulary"
export * from "./balance"
export * from "./terms"
