import { Badge, Tooltip } from "@medusajs/ui"
import type { AbcClass } from "../../lib/key-clients"

const COLORS = { A: "green", B: "blue", C: "grey" } as const
const MEANING = {
  A: "Class A: among the clients making the first 80 % of revenue",
  B: "Class B: among the clients making the next 15 % of revenue",
  C: "Class C: the clients making the last 5 % of revenue, or none",
} as const

/** A client's ABC class, with what it means on hover. */
export const AbcBadge = ({ value }: { value: AbcClass }) => (
  <Tooltip content={MEANING[value]}>
    <Badge size="2xsmall" color={COLORS[value]} data-testid="abc-class">
      {value}
    </Badge>
  </Tooltip>
)
