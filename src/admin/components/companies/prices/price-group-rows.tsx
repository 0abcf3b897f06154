import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { percentOffList, tierLabel, type VariantPriceGroup } from "../../../../lib/prices/display"
import { errorMessage, formatAmount } from "../../../lib/format"
import { type CompanyPriceRow, useBatchCompanyPrices } from "../../../lib/prices"
import { ActionMenu } from "../../common/action-menu"
import { useConfirmedAction } from "../../common/confirmed-action"
import { priceInputsOf, readPriceInputs, type PriceInputValues } from "./price-inputs"

/** One variant's negotiated prices: a heading row, then a row per currency and tier. */
export const PriceGroupRows = ({ companyId, group }: { companyId: string; group: VariantPriceGroup }) => (
  <>
    <Table.Row className="bg-ui-bg-subtle" data-testid="price-group">
      {/* Table.Cell is typed without td attributes; colSpan still reaches the cell. */}
      <Table.Cell {...{ colSpan: 5 }}>
        <Text size="small" leading="compact" weight="plus">
          {group.product_title ?? "Unknown product"}
          {group.variant_title ? ` · ${group.variant_title}` : ""}
        </Text>
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          {group.sku ? `SKU ${group.sku}` : group.variant_id}
        </Text>
      </Table.Cell>
    </Table.Row>
    {group.prices.map((price) => (
      <PriceRow key={price.id} companyId={companyId} price={price} />
    ))}
  </>
)

/** The variant's list price and how far the negotiated price is below it, in percent. */
const ListPrice = ({ price }: { price: CompanyPriceRow }) => {
  const listAmount = price.list_amount ?? null
  const percent = percentOffList(price.amount, listAmount)
  if (listAmount === null) {
    return <Text size="small" className="text-ui-fg-muted">No list price</Text>
  }
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="price-list-comparison">
      {formatAmount(listAmount, price.currency_code)}
      {percent !== null && percent !== 0 && (
        <span className={percent > 0 ? "text-ui-fg-interactive ml-1" : "text-ui-fg-error ml-1"}>
          {percent > 0 ? `−${percent}%` : `+${-percent}%`}
        </span>
      )}
    </Text>
  )
}

const PriceRow = ({ companyId, price }: { companyId: string; price: CompanyPriceRow }) => {
  const batch = useBatchCompanyPrices(companyId)
  const confirmAction = useConfirmedAction()
  const [editing, setEditing] = useState<PriceInputValues | null>(null)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    const read = readPriceInputs(editing!)
    if ("error" in read) {
      setError(read.error)
      return
    }
    try {
      await batch.mutateAsync({ update: [{ id: price.id, ...read.terms }] })
      setEditing(null)
      setError(null)
      toast.success("Price was saved")
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  const remove = () =>
    confirmAction({
      title: "Delete this price?",
      description: `${price.sku ?? price.variant_id} for ${tierLabel(price.min_quantity, price.max_quantity)}: the company's buyers pay the list price (or another tier) instead.`,
      confirmText: "Delete",
      run: () => batch.mutateAsync({ delete: [price.id] }),
      success: "Price was deleted",
    })

  if (editing) {
    const field = (key: keyof PriceInputValues, label: string, placeholder?: string) => (
      <Input
        size="small"
        aria-label={label}
        placeholder={placeholder}
        inputMode="decimal"
        value={editing[key]}
        onChange={(event) => setEditing({ ...editing, [key]: event.target.value })}
      />
    )
    return (
      <Table.Row data-testid="price-row-editing">
        <Table.Cell>{price.currency_code.toUpperCase()}</Table.Cell>
        <Table.Cell>
          <div className="flex items-center gap-x-2">
            {field("min_quantity", "Minimum quantity", "from")}
            {field("max_quantity", "Maximum quantity", "to")}
          </div>
        </Table.Cell>
        <Table.Cell>
          {field("amount", "Amount")}
          {error && (
            <Text size="xsmall" className="text-ui-fg-error mt-1" role="alert">
              {error}
            </Text>
          )}
        </Table.Cell>
        <Table.Cell>
          <ListPrice price={price} />
        </Table.Cell>
        <Table.Cell className="text-right">
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" onClick={() => (setEditing(null), setError(null))}>
              Cancel
            </Button>
            <Button size="small" onClick={save} isLoading={batch.isPending}>
              Save
            </Button>
          </div>
        </Table.Cell>
      </Table.Row>
    )
  }

  return (
    <Table.Row data-testid="price-row">
      <Table.Cell>{price.currency_code.toUpperCase()}</Table.Cell>
      <Table.Cell>{tierLabel(price.min_quantity, price.max_quantity)}</Table.Cell>
      <Table.Cell>{formatAmount(price.amount, price.currency_code)}</Table.Cell>
      <Table.Cell>
        <ListPrice price={price} />
      </Table.Cell>
      <Table.Cell className="text-right">
        <ActionMenu
          label={`Actions for the price of ${price.sku ?? price.variant_id}`}
          groups={[
            [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(priceInputsOf(price)) }],
            [{ label: "Delete", icon: <Trash />, onClick: remove }],
          ]}
        />
      </Table.Cell>
    </Table.Row>
  )
}
