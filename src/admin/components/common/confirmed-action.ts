import { toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/format"

type Question = Parameters<ReturnType<typeof usePrompt>>[0]

/**
 * Runs a change once the admin has confirmed it and tells the outcome in a toast; answers whether
 * the change was made (not when cancelled or refused by the server).
 */
export function useConfirmedAction() {
  const prompt = usePrompt()
  return async ({ run, success, ...question }: Question & { run: () => Promise<unknown>; success: string }) => {
    if (!(await prompt({ cancelText: "Cancel", ...question }))) {
      return false
    }
    try {
      await run()
      toast.success(success)
      return true
    } catch (error) {
      toast.error(errorMessage(error))
      return false
    }
  }
}
