// The demo data, as an ordered list of named parts. A feature adds its own part here
// (e.g. quantity rules, negotiated prices); each part must be safe to run again.
import { companiesPart } from "./companies"
import { creditPart } from "./credit"
import { pricesPart } from "./prices"
import { quantityRulesPart } from "./quantity-rules"
import { adminUserPart, catalogPart, storeBasicsPart } from "./store-basics"
import type { SeedPart } from "./types"

export const DEMO_SEED_PARTS: SeedPart[] = [
  storeBasicsPart,
  adminUserPart,
  catalogPart,
  companiesPart,
  quantityRulesPart,
  pricesPart,
  creditPart,
]

export type { SeedContext, SeedPart, DemoSummary, DemoLogin } from "./types"
