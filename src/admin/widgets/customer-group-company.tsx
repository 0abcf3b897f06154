import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CompanyRecordNotice, companyIdOf } from "../components/companies/company-record-notice"

/** On a company's customer group in Medusa's Customer Groups: which company it belongs to. Nothing on other groups. */
const CustomerGroupCompanyWidget = ({ data: group }: DetailWidgetProps<HttpTypes.AdminCustomerGroup>) => {
  const companyId = companyIdOf(group)
  return companyId ? <CompanyRecordNotice companyId={companyId} what="customer group" /> : null
}

export const config = defineWidgetConfig({
  zone: "customer_group.details.before",
})

export default CustomerGroupCompanyWidget
