// An order's payment and fulfilment status in the labels and colours of Medusa's own order list
// (the dashboard's getOrderPaymentStatus / getOrderFulfillmentStatus, English texts).

type StatusColor = "green" | "orange" | "red" | "grey"
type StatusLook = { label: string; color: StatusColor }

const PAYMENT: Record<string, [string, StatusColor]> = {
  not_paid: ["Not paid", "red"],
  authorized: ["Authorized", "orange"],
  partially_authorized: ["Partially authorized", "red"],
  awaiting: ["Awaiting", "orange"],
  captured: ["Captured", "green"],
  refunded: ["Refunded", "red"],
  partially_refunded: ["Partially refunded", "orange"],
  partially_captured: ["Partially captured", "orange"],
  canceled: ["Canceled", "red"],
  requires_action: ["Requires action", "orange"],
}

const FULFILLMENT: Record<string, [string, StatusColor]> = {
  not_fulfilled: ["Not fulfilled", "red"],
  partially_fulfilled: ["Partially fulfilled", "orange"],
  fulfilled: ["Fulfilled", "green"],
  partially_shipped: ["Partially shipped", "orange"],
  shipped: ["Shipped", "green"],
  delivered: ["Delivered", "green"],
  partially_delivered: ["Partially delivered", "orange"],
  partially_returned: ["Partially returned", "orange"],
  returned: ["Returned", "green"],
  canceled: ["Canceled", "red"],
  requires_action: ["Requires action", "orange"],
}

const look = (table: Record<string, [string, StatusColor]>, status: string | null | undefined): StatusLook => {
  const found = status ? table[status] : undefined
  return found ? { label: found[0], color: found[1] } : { label: status ? status.replace(/_/g, " ") : "-", color: "grey" }
}

export const orderPaymentStatus = (status: string | null | undefined) => look(PAYMENT, status)
export const orderFulfillmentStatus = (status: string | null | undefined) => look(FULFILLMENT, status)
