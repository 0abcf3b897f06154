import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { defaultStoreCurrency } from "../../../queries/key-clients"

/** The currency asked for, else the store's default currency. */
export async function rankingCurrency(scope: MedusaContainer, asked: string | undefined): Promise<string> {
  const currency = asked ?? (await defaultStoreCurrency(scope))
  if (!currency) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "currency_code is required: the store has no default currency")
  }
  return currency
}
