export * from "./csv"
export * from "./fonts"
export * from "./format"
export * from "./pdf"
