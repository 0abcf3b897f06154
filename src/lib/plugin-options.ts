import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

export const PLUGIN_NAME = "medusa-b2b-wholesale"

const text = (max: number) =>
  z.string({ error: `must be a text of at most ${max} characters` }).trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`)

/** The seller as printed on documents (invoices, statements, letters): all optional. */
const SellerSchema = z
  .object(
    {
      name: text(200).optional(),
      legal_address: text(500).optional(),
      tax_id: text(64).optional(),
      bank_details: text(500).optional(),
    },
    { error: "must be an object with name, legal_address, tax_id and bank_details" }
  )
  .strict()

export const PluginOptionsSchema = z
  .object({
    seller: SellerSchema.default({}),
    fulfilment_requires_secured_payment: z
      .boolean({ error: "must be true or false" })
      .default(false),
    invitation_ttl_days: z
      .number({ error: "must be a whole number of days from 1 to 365" })
      .int("must be a whole number of days from 1 to 365")
      .min(1, "must be a whole number of days from 1 to 365")
      .max(365, "must be a whole number of days from 1 to 365")
      .default(14),
    // The storefront page that accepts an invitation, `{token}` marking where the token goes.
    invitation_accept_url: z
      .string({ error: "must be a URL with {token} where the invitation token goes" })
      .trim()
      .refine((url) => /^https?:\/\/\S+$/.test(url) && url.includes("{token}"), "must be a URL with {token} where the invitation token goes")
      .optional(),
  }, { error: "must be an object" })
  .strict()

/** The options as a store writes them in medusa-config (every key optional). */
export type PluginOptionsInput = z.input<typeof PluginOptionsSchema>
/** The options after defaults are applied. */
export type PluginOptions = z.output<typeof PluginOptionsSchema>

// Keys Medusa itself adds to the options object it hands to a plugin's modules (the module's database
// connection, see `MedusaApp` in @medusajs/modules-sdk); they are not the store's options.
const INJECTED_KEYS = new Set(["database"])

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => `option "${[...issue.path, key].join(".")}" is not known`).join("; ")
  }
  if (issue.path.length === 0) return `options ${issue.message}`
  return `option "${issue.path.join(".")}" ${issue.message}`
}

/**
 * Validates the plugin's options (from `plugins: [{ resolve: "medusa-b2b-wholesale", options }]`) and
 * applies the defaults; throws a MedusaError naming every bad option.
 */
export function parsePluginOptions(raw: unknown): PluginOptions {
  const own =
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? Object.fromEntries(Object.entries(raw).filter(([key]) => !INJECTED_KEYS.has(key)))
      : raw ?? {}
  const parsed = PluginOptionsSchema.safeParse(own)
  if (parsed.success) return parsed.data
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${PLUGIN_NAME}: ${parsed.error.issues.map(describeIssue).join("; ")}`
  )
}
