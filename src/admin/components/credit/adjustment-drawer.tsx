import { Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { type LedgerDirection, useRecordAdjustment } from "../../lib/credit"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type Props = { companyId: string; currencyCode: string; open: boolean; onOpenChange: (open: boolean) => void }

/** Corrects the account with an entry of its own: a debit raises what the company owes, a credit lowers it. */
export const AdjustmentDrawer = ({ companyId, currencyCode, open, onOpenChange }: Props) => {
  const [amount, setAmount] = useState("")
  const [direction, setDirection] = useState<LedgerDirection>("credit")
  const [reason, setReason] = useState("")
  const adjust = useRecordAdjustment(companyId)
  const form = useFormSubmission()
  const validAmount = /^\d+(\.\d+)?$/.test(amount.trim()) && Number(amount) > 0
  const reset = () => {
    setAmount("")
    setReason("")
    setDirection("credit")
    form.reset()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (!next) reset()
        onOpenChange(next)
      }}
      title="Adjustment"
      description="Correct the company's account"
      submitLabel="Record adjustment"
      isPending={adjust.isPending}
      error={form.error}
      onSubmit={() =>
        form.submit(validAmount && reason.trim() !== "", async () => {
          await adjust.mutateAsync({ amount: Number(amount), direction, reason: reason.trim() })
          toast.success("Adjustment recorded")
          reset()
          onOpenChange(false)
        })
      }
    >
      <FormField id="adjustment-direction" label="Direction">
        <Select value={direction} onValueChange={(value) => setDirection(value as LedgerDirection)}>
          <Select.Trigger id="adjustment-direction">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="credit">Credit: lowers what the company owes</Select.Item>
            <Select.Item value="debit">Debit: raises what the company owes</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <FormField
        id="adjustment-amount"
        label={`Amount (${currencyCode.toUpperCase()})`}
        error={form.submitted && !validAmount ? "Enter an amount more than 0." : undefined}
      >
        <Input id="adjustment-amount" name="amount" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
      </FormField>
      <FormField
        id="adjustment-reason"
        label="Reason"
        hint="Printed on the statement."
        error={form.submitted && !reason.trim() ? "Say why the account is corrected." : undefined}
      >
        <Textarea id="adjustment-reason" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormField>
    </FormDrawer>
  )
}
