import { toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/format"
import { type AdminQuantityRule, useDeleteQuantityRule } from "../../lib/quantity-rules"

/** Removes a rule after the admin confirmed what buyers will buy under instead. */
export function useRemoveQuantityRule() {
  const remove = useDeleteQuantityRule()
  const prompt = usePrompt()
  return async (rule: AdminQuantityRule, afterwards: string) => {
    const confirmed = await prompt({
      title: "Remove quantity rule?",
      description: afterwards,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(rule.id)
      toast.success("Quantity rule was removed")
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
}
