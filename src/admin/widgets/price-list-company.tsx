import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CompanyRecordNotice, companyIdOf } from "../components/companies/company-record-notice"

/** On a company's price list in Medusa's Price Lists: which company it belongs to. Nothing on other lists. */
const PriceListCompanyWidget = ({ data: priceList }: DetailWidgetProps<HttpTypes.AdminPriceList>) => {
  const companyId = companyIdOf(priceList as { metadata?: Record<string, unknown> | null })
  return companyId ? <CompanyRecordNotice companyId={companyId} what="price list" /> : null
}

export const config = defineWidgetConfig({
  zone: "price_list.details.before",
})

export default PriceListCompanyWidget
