import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { quantityRuleProblems } from "../../lib/quantity-rules/rules"
import type { QuantityRuleTerms } from "../../lib/quantity-rules/types"
import { fetchCatalogNames, productAndVariantTitle, useProductSearch, useVariantSearch } from "./catalog"
import { inFieldLabels } from "./field-labels"
import { sdk } from "./sdk"

export type QuantityRuleTarget = { variant_id: string } | { product_id: string }

export type AdminQuantityRule = {
  id: string
  variant_id: string | null
  product_id: string | null
  company_id: string | null
  /** The override's company, named through the read-only rule–company link. */
  company?: { id: string; name: string } | null
  min_quantity: number
  increment: number
  max_quantity: number | null
  unit: string | null
}

/** A rule's terms as the admin sends them: every term, unit included. */
export type QuantityRuleTermsInput = Required<QuantityRuleTerms>

/** A rule's terms as typed into the form: text until saved. */
export type QuantityRuleFormValues = { min_quantity: string; increment: string; max_quantity: string; unit: string }

export const quantityRuleFormFrom = (rule: AdminQuantityRule | null): QuantityRuleFormValues => ({
  min_quantity: String(rule?.min_quantity ?? 1),
  increment: String(rule?.increment ?? 1),
  max_quantity: rule?.max_quantity === null || rule?.max_quantity === undefined ? "" : String(rule.max_quantity),
  unit: rule?.unit ?? "",
})

export const quantityRuleTermsFrom = (values: QuantityRuleFormValues): QuantityRuleTermsInput => ({
  min_quantity: Number(values.min_quantity),
  increment: Number(values.increment),
  max_quantity: values.max_quantity.trim() === "" ? null : Number(values.max_quantity),
  unit: values.unit.trim() || null,
})

/** The labels of the rule form's fields, for messages written in the API's field names. */
const QUANTITY_RULE_FIELD_LABELS = {
  min_quantity: "Minimum quantity",
  max_quantity: "Maximum quantity",
  increment: "Step",
  unit: "Unit",
}

/** A rule message (the server's or the shared checks') in the words the form uses: "Step", not "increment". */
export const inFormWords = (message: string) => inFieldLabels(message, QUANTITY_RULE_FIELD_LABELS)

/** The server's own checks of the terms, in the form's words; the stand-in target keeps its target check quiet. */
export const quantityRuleTermsProblems = (terms: QuantityRuleTermsInput) =>
  quantityRuleProblems({ variant_id: "chosen-separately", ...terms }).map(inFormWords)

export const targetOfRule = (rule: AdminQuantityRule): QuantityRuleTarget =>
  rule.variant_id ? { variant_id: rule.variant_id } : { product_id: rule.product_id as string }

export const quantityRuleKeys = {
  all: ["b2b-quantity-rules"] as const,
  ofTarget: (target: QuantityRuleTarget) => [...quantityRuleKeys.all, target] as const,
  ofCompany: (companyId: string) => [...quantityRuleKeys.all, "company", companyId] as const,
}

/** Every rule of one variant or one product: the rule for every buyer and the company overrides. */
export function useQuantityRules(target: QuantityRuleTarget) {
  return useQuery({
    queryKey: quantityRuleKeys.ofTarget(target),
    queryFn: () =>
      sdk.client.fetch<{ quantity_rules: AdminQuantityRule[]; count: number }>("/admin/quantity-rules", {
        // One target has a rule for every buyer and at most one override per company: a page of 1000 holds them all.
        query: { ...target, limit: 1000, fields: "+company.id,+company.name" },
      }),
    select: (data) => ({
      allBuyers: data.quantity_rules.find((rule) => !rule.company_id) ?? null,
      overrides: data.quantity_rules.filter((rule) => rule.company_id),
    }),
  })
}

function useInvalidateRules() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: quantityRuleKeys.all })
}

/** Creates a rule (no id) or changes the terms of an existing one. */
export function useSaveQuantityRule() {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: ({
      id,
      target,
      company_id,
      terms,
    }: {
      id?: string
      target: QuantityRuleTarget
      company_id?: string | null
      terms: QuantityRuleTermsInput
    }) =>
      sdk.client.fetch<{ quantity_rule: AdminQuantityRule }>(
        id ? `/admin/quantity-rules/${id}` : "/admin/quantity-rules",
        { method: "POST", body: id ? terms : { ...target, company_id: company_id ?? null, ...terms } }
      ),
    onSuccess: invalidate,
  })
}

export function useDeleteQuantityRule() {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/quantity-rules/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** A variant or product a rule can be set for, as a picker lists it. */
export type QuantityRuleTargetOption = { target: QuantityRuleTarget; key: string; title: string; detail: string }

/** The company's overrides, each named by its variant (SKU, product, variant) or product. */
export type CompanyQuantityRule = AdminQuantityRule & { target_title: string; target_detail: string }

export function useCompanyQuantityRules(companyId: string) {
  return useQuery({
    queryKey: quantityRuleKeys.ofCompany(companyId),
    queryFn: async (): Promise<CompanyQuantityRule[]> => {
      const { quantity_rules } = await sdk.client.fetch<{ quantity_rules: AdminQuantityRule[] }>(
        "/admin/quantity-rules",
        { query: { company_id: companyId, limit: 200 } }
      )
      const ids = (key: "variant_id" | "product_id") => [
        ...new Set(quantity_rules.map((rule) => rule[key]).filter((id): id is string => Boolean(id))),
      ]
      const names = await fetchCatalogNames(ids("variant_id"), ids("product_id"))
      return quantity_rules
        .map((rule) => {
          if (rule.variant_id) {
            const variant = names.variants.get(rule.variant_id)
            return {
              ...rule,
              target_title: variant?.sku || variant?.title || "Deleted variant",
              target_detail: variant ? productAndVariantTitle(variant) : rule.variant_id,
            }
          }
          const product = names.products.get(rule.product_id as string)
          return {
            ...rule,
            target_title: product?.title ?? "Deleted product",
            target_detail: "All variants of the product",
          }
        })
        .sort((a, b) => a.target_title.localeCompare(b.target_title))
    },
  })
}

/** Variants and products matching a search, for choosing what a company override is for. */
export function useQuantityRuleTargetSearch(q: string) {
  const variants = useVariantSearch(q)
  const products = useProductSearch(q)
  const options: QuantityRuleTargetOption[] = [
    ...(products.data?.products ?? []).map((product) => ({
      target: { product_id: product.id },
      key: product.id,
      title: product.title,
      detail: "Product: all its variants",
    })),
    ...(variants.data?.variants ?? []).map((variant) => ({
      target: { variant_id: variant.id },
      key: variant.id,
      title: variant.sku ?? variant.title,
      detail: productAndVariantTitle(variant),
    })),
  ]
  return { isLoading: variants.isLoading || products.isLoading, isError: variants.isError || products.isError, options }
}
