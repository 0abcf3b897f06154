import { Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { type CompanyCredit, useOpenCharges, useRecordPayment } from "../../lib/credit"
import { formatAmount, formatDate } from "../../lib/format"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type Props = { companyId: string; credit: CompanyCredit; open: boolean; onOpenChange: (open: boolean) => void }

const positive = (value: string) => /^\d+(\.\d+)?$/.test(value.trim()) && Number(value) > 0

/** Records a payment received from the company; optionally says which open charges it pays and how much of each. */
export const RecordPaymentDrawer = ({ companyId, credit, open, onOpenChange }: Props) => {
  const currency = credit.currency_code ?? ""
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")
  const [receivedAt, setReceivedAt] = useState("")
  const [allocations, setAllocations] = useState<Record<string, string>>({})
  const charges = useOpenCharges(companyId, open)
  const record = useRecordPayment(companyId)
  const form = useFormSubmission()

  const allocated = Object.values(allocations).filter((value) => value.trim() !== "")
  const allocationErrors = Object.entries(allocations).filter(([, value]) => value.trim() !== "" && !positive(value))
  const allocatedTotal = allocated.reduce((sum, value) => sum + Number(value || 0), 0)
  const amountError = form.submitted && !positive(amount) ? "Enter the amount received, more than 0." : undefined
  const overAllocated = positive(amount) && allocatedTotal > Number(amount) + 1e-9
  const reset = () => {
    setAmount("")
    setReference("")
    setReceivedAt("")
    setAllocations({})
    form.reset()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (!next) reset()
        onOpenChange(next)
      }}
      title="Record payment"
      description="Record a payment received from the company"
      submitLabel="Record payment"
      isPending={record.isPending}
      error={form.error}
      blockedReason={overAllocated ? `The allocations add up to more than the payment of ${amount} ${currency.toUpperCase()}.` : null}
      onSubmit={() =>
        form.submit(positive(amount) && allocationErrors.length === 0, async () => {
          const result = await record.mutateAsync({
            amount: Number(amount),
            currency_code: currency,
            reference: reference.trim() || undefined,
            received_at: receivedAt || undefined,
            allocations: allocated.length
              ? Object.entries(allocations)
                  .filter(([, value]) => value.trim() !== "")
                  .map(([entry_id, value]) => ({ entry_id, amount: Number(value) }))
              : undefined,
          })
          toast.success("Payment recorded", {
            description: `Balance ${formatAmount(result.credit.balance, currency)}, available ${formatAmount(result.credit.available, currency)}.`,
          })
          reset()
          onOpenChange(false)
        })
      }
    >
      <FormField id="payment-amount" label={`Amount (${currency.toUpperCase()})`} error={amountError}>
        <Input id="payment-amount" name="amount" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
      </FormField>
      <FormField id="payment-reference" label="Reference" optional hint="The bank transfer's reference, printed on the statement.">
        <Input id="payment-reference" name="reference" value={reference} onChange={(event) => setReference(event.target.value)} />
      </FormField>
      <FormField id="payment-received-at" label="Received on" optional hint="Today when left empty.">
        <Input id="payment-received-at" name="received_at" type="date" value={receivedAt} onChange={(event) => setReceivedAt(event.target.value)} />
      </FormField>
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          Allocate to open charges (optional)
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Without allocations the payment pays the open charges earliest due first; what is left stays on the account as an advance.
        </Text>
        {charges.isLoading ? (
          <Text size="small">Loading open charges…</Text>
        ) : charges.isError ? (
          <Text size="small" className="text-ui-fg-error">
            The open charges could not be loaded; the payment can still be recorded without allocations.
          </Text>
        ) : !charges.data?.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            No open charges.
          </Text>
        ) : (
          charges.data.map((charge) => (
            <div key={charge.id} className="grid grid-cols-[1fr_120px] items-center gap-x-3">
              <Text size="small" leading="compact">
                {charge.reference ?? charge.order_id ?? charge.id} · due {formatDate(charge.due_at)} · outstanding{" "}
                {formatAmount(charge.outstanding ?? charge.amount, currency)}
              </Text>
              <Input
                size="small"
                aria-label={`Amount for ${charge.id}`}
                inputMode="decimal"
                value={allocations[charge.id] ?? ""}
                aria-invalid={allocationErrors.some(([id]) => id === charge.id)}
                onChange={(event) => setAllocations((current) => ({ ...current, [charge.id]: event.target.value }))}
              />
            </div>
          ))
        )}
      </div>
    </FormDrawer>
  )
}
