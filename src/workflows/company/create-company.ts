import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsStep, createPriceListsStep } from "@medusajs/medusa/core-flows"
import { generateEntityId } from "@medusajs/framework/utils"
import { createCompanyStep } from "./steps/company-records"
import { resolveMinOrderTermsStep } from "./steps/min-order"
import { companyGroupNameStep } from "./steps/lookups"
import { companyPriceListData, companyRecordMetadata } from "../../lib/prices/price-list-rules"
import type { CompanyCreate } from "./types"

/**
 * Opens a company account: its customer group (employees become members), its override price list
 * targeting that group (negotiated prices), then the company itself pointing at both.
 */
export const createCompanyWorkflow = createWorkflow("b2b-create-company", (input: CompanyCreate) => {
  const companyId = transform({}, () => generateEntityId(undefined, "comp"))
  const minOrder = resolveMinOrderTermsStep({ change: input })
  const groupName = companyGroupNameStep({ name: input.name, company_id: companyId })
  const groups = createCustomerGroupsStep(
    transform({ groupName, companyId }, ({ groupName, companyId }) => [
      { name: groupName, metadata: companyRecordMetadata(companyId) },
    ])
  )
  const priceLists = createPriceListsStep(
    transform({ groups, input, companyId }, ({ groups, input, companyId }) => ({
      data: [companyPriceListData({ id: companyId, name: input.name }, groups[0].id)],
      variant_price_map: {},
    }))
  )
  const company = createCompanyStep(
    transform({ input, minOrder, groups, priceLists, companyId }, ({ input, minOrder, groups, priceLists, companyId }) => ({
      ...input,
      ...minOrder,
      id: companyId,
      status: input.status ?? "active",
      country_code: input.country_code?.toLowerCase() ?? null,
      currency_code: input.currency_code?.toLowerCase() ?? null,
      customer_group_id: groups[0].id,
      price_list_id: priceLists[0].id,
    }))
  )
  return new WorkflowResponse(company)
})
