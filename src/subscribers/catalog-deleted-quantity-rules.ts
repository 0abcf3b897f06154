import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { deleteQuantityRulesOfTargetsWorkflow } from "../workflows/quantity-rules"

/** Rules of a deleted product (its own and its variants') or a deleted variant go with it. */
export default async function dropRulesOfDeletedCatalog({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === ProductVariantWorkflowEvents.DELETED) {
    await deleteQuantityRulesOfTargetsWorkflow(container).run({ input: { variant_ids: [event.data.id] } })
    return
  }
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ product_id: event.data.id }, { select: ["id"], withDeleted: true })
  await deleteQuantityRulesOfTargetsWorkflow(container).run({
    input: { product_ids: [event.data.id], variant_ids: variants.map((v) => v.id) },
  })
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.DELETED, ProductVariantWorkflowEvents.DELETED],
}
