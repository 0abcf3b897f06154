import { normaliseCurrency, priceTermsProblems } from "../../../../lib/prices/terms"
import { optionalAmountFrom as quantity } from "../../../lib/company-form"
import type { PriceTermsInput } from "../../../lib/prices"

/** A price's terms as typed into the form: text until saved. */
export type PriceInputValues = { currency_code: string; amount: string; min_quantity: string; max_quantity: string }

/** The typed terms as the API takes them, or the first reason they cannot be saved. */
export function readPriceInputs(values: PriceInputValues): { terms: PriceTermsInput } | { error: string } {
  if (values.amount.trim() === "") {
    return { error: "Enter the amount." }
  }
  const terms: PriceTermsInput = {
    currency_code: normaliseCurrency(values.currency_code),
    amount: Number(values.amount.trim().replace(",", ".")),
    min_quantity: quantity(values.min_quantity),
    max_quantity: quantity(values.max_quantity),
  }
  const [problem] = priceTermsProblems(terms)
  return problem ? { error: `The ${problem}.` } : { terms }
}

export const priceInputsOf = (price: PriceTermsInput): PriceInputValues => ({
  currency_code: price.currency_code,
  amount: String(price.amount),
  min_quantity: price.min_quantity === null ? "" : String(price.min_quantity),
  max_quantity: price.max_quantity === null ? "" : String(price.max_quantity),
})
