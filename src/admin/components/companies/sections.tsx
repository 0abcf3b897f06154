import type { ComponentType } from "react"
import type { AdminCompany } from "../../lib/types"
import { CompanyAccountSection } from "./company-account-section"
import { CompanyAddressSection } from "./company-address-section"
import { CompanyEmployeesSection } from "./company-employees-section"
import { CompanyGeneralSection } from "./company-general-section"
import { CompanyOrdersSection } from "./company-orders-section"
import { CompanyQuantityRulesSection } from "../quantity-rules/company-quantity-rules-section"
import { CompanyPricesSection } from "./prices-section"
import { CompanyAddressesSection } from "../addresses/company-addresses-section"
import { CompanyKeyFiguresSection } from "../key-clients/company-key-figures-section"

export type CompanySectionProps = { company: AdminCompany }

/**
 * A section of the company page. `main` is the wide left column, `side` the narrow right one;
 * sections render in the order of this list within their column.
 */
export type CompanySection = {
  id: string
  column: "main" | "side"
  Component: ComponentType<CompanySectionProps>
}

/**
 * The sections of the company detail page. A new area of the company (its terms, documents, …)
 * adds its component here; the page itself does not change.
 */
export const companySections: CompanySection[] = [
  { id: "general", column: "main", Component: CompanyGeneralSection },
  { id: "employees", column: "main", Component: CompanyEmployeesSection },
  { id: "prices", column: "main", Component: CompanyPricesSection },
  { id: "quantity-rules", column: "main", Component: CompanyQuantityRulesSection },
  { id: "orders", column: "main", Component: CompanyOrdersSection },
  { id: "account", column: "side", Component: CompanyAccountSection },
  { id: "address", column: "side", Component: CompanyAddressSection },
  { id: "key-figures", column: "side", Component: CompanyKeyFiguresSection },
  { id: "addresses", column: "side", Component: CompanyAddressesSection },
]
