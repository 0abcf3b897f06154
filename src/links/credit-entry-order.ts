import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CreditModule from "../modules/credit"

// A charge (and the credit note voiding it) names its order by id (read-only link: the entry holds the id).
export default defineLink(
  { linkable: CreditModule.linkable.creditLedgerEntry, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
