import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { CartCheckStage, CartCheckSubject, CartLine } from "../../lib/cart-checks/types"

export const toNumber = (value: unknown): number => {
  if (value === null || value === undefined) return 0
  if (typeof value === "object" && value !== null && "numeric" in value) {
    return Number((value as { numeric: unknown }).numeric)
  }
  return Number(value)
}

interface CartItemLike {
  id?: string
  variant_id?: string | null
  product_id?: string | null
  variant_sku?: string | null
  product_title?: string | null
  variant_title?: string | null
  title?: string | null
  quantity: unknown
}

/** Sums the cart's lines per variant: lot rules judge how much of a variant the order holds. */
export function linesByVariant(items: CartItemLike[]): Map<string, CartLine> {
  const lines = new Map<string, CartLine>()
  for (const item of items) {
    if (!item.variant_id) continue
    const line = lines.get(item.variant_id)
    if (line) {
      line.quantity += toNumber(item.quantity)
      continue
    }
    lines.set(item.variant_id, {
      item_id: item.id,
      variant_id: item.variant_id,
      product_id: item.product_id ?? null,
      sku: item.variant_sku ?? null,
      title: item.product_title ?? item.title ?? null,
      quantity: toNumber(item.quantity),
    })
  }
  return lines
}

/** The subject of an add-to-cart: each added variant with the quantity its lines will hold after the merge. */
export async function addToCartSubject(
  container: MedusaContainer,
  cart: { id: string; currency_code: string; customer?: { id?: string | null } | null },
  items: Array<{ variant_id?: string | null; quantity: unknown }>
): Promise<CartCheckSubject> {
  const added = new Map<string, number>()
  for (const item of items ?? []) {
    if (item.variant_id) {
      added.set(item.variant_id, (added.get(item.variant_id) ?? 0) + toNumber(item.quantity))
    }
  }
  const variantIds = [...added.keys()]
  const lines: CartLine[] = []
  if (variantIds.length) {
    // Module services rather than query.graph: this runs on every add to cart.
    const [existing, variants] = await Promise.all([
      // A cart being created has no lines yet.
      cart.id
        ? container.resolve(Modules.CART).listLineItems(
            { cart_id: cart.id, variant_id: variantIds },
            { select: ["id", "variant_id", "quantity"] }
          )
        : [],
      container.resolve(Modules.PRODUCT).listProductVariants(
        { id: variantIds },
        { select: ["id", "sku", "title", "product_id", "product.title"], relations: ["product"] }
      ),
    ])
    const inCart = linesByVariant(existing as CartItemLike[])
    for (const variant of variants) {
      lines.push({
        item_id: inCart.get(variant.id)?.item_id,
        variant_id: variant.id,
        product_id: variant.product_id,
        sku: variant.sku,
        title: variant.product?.title ?? variant.title,
        quantity: (inCart.get(variant.id)?.quantity ?? 0) + (added.get(variant.id) ?? 0),
      })
    }
  }
  return {
    stage: "add",
    cart_id: cart.id,
    customer_id: cart.customer?.id ?? null,
    currency_code: cart.currency_code,
    lines,
  }
}

/** The subject of a line-quantity change: the line's variant with its total after the change, or nothing on removal. */
export function updateLineSubject(
  cart: { id: string; currency_code: string; customer?: { id?: string | null } | null; items?: CartItemLike[] },
  itemId: string,
  quantity: number
): CartCheckSubject {
  const items = (cart.items ?? []).map((item) => (item.id === itemId ? { ...item, quantity } : item))
  const changed = (cart.items ?? []).find((item) => item.id === itemId)
  // Removing a line is always allowed.
  const line = quantity > 0 && changed?.variant_id ? linesByVariant(items).get(changed.variant_id) : undefined
  return {
    stage: "update",
    cart_id: cart.id,
    customer_id: cart.customer?.id ?? null,
    currency_code: cart.currency_code,
    lines: line ? [{ ...line, item_id: itemId }] : [],
  }
}

/** The subject of a whole cart: every variant, and the item subtotal for the minimum order. */
export function wholeCartSubject(
  stage: Extract<CartCheckStage, "complete" | "preview">,
  cart: {
    id: string
    currency_code: string
    customer_id?: string | null
    customer?: { id?: string | null } | null
    items?: CartItemLike[]
    item_subtotal?: unknown
    total?: unknown
  }
): CartCheckSubject {
  return {
    stage,
    cart_id: cart.id,
    customer_id: cart.customer?.id ?? cart.customer_id ?? null,
    currency_code: cart.currency_code,
    lines: [...linesByVariant(cart.items ?? []).values()],
    item_subtotal: toNumber(cart.item_subtotal),
    total: toNumber(cart.total),
  }
}
