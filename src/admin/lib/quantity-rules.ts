import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type QuantityRuleTarget = { variant_id: string } | { product_id: string }

export type AdminQuantityRule = {
  id: string
  variant_id: string | null
  product_id: string | null
  company_id: string | null
  min_quantity: number
  increment: number
  max_quantity: number | null
  unit: string | null
}

export type QuantityRuleTermsInput = {
  min_quantity: number
  increment: number
  max_quantity: number | null
  unit: string | null
}

export const quantityRuleKeys = {
  all: ["b2b-quantity-rules"] as const,
  ofTarget: (target: QuantityRuleTarget) => [...quantityRuleKeys.all, target] as const,
}

/** Every rule of one variant or one product: the rule for every buyer and the company overrides. */
export function useQuantityRules(target: QuantityRuleTarget) {
  return useQuery({
    queryKey: quantityRuleKeys.ofTarget(target),
    queryFn: () =>
      sdk.client.fetch<{ quantity_rules: AdminQuantityRule[]; count: number }>("/admin/quantity-rules", {
        query: { ...target, limit: 200 },
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
