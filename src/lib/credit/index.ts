export * from "./vocabulary"
export * from "./balance"
