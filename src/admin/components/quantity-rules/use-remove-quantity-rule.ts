import { type AdminQuantityRule, useDeleteQuantityRule } from "../../lib/quantity-rules"
import { useConfirmedAction } from "../common/confirmed-action"

/** Removes a rule after the admin confirmed what buyers will buy under instead. */
export function useRemoveQuantityRule() {
  const remove = useDeleteQuantityRule()
  const confirmAction = useConfirmedAction()
  return (rule: AdminQuantityRule, afterwards: string) =>
    confirmAction({
      title: "Remove quantity rule?",
      description: afterwards,
      confirmText: "Remove",
      run: () => remove.mutateAsync(rule.id),
      success: "Quantity rule was removed",
    })
}
