import { asValue } from "@medusajs/framework/awilix"
import type { LoaderOptions } from "@medusajs/framework/types"
import { parsePluginOptions } from "../../../lib/plugin-options"

/** Where the validated options live in the company module's container. */
export const PLUGIN_OPTIONS_REGISTRATION = "b2bPluginOptions"

/**
 * Medusa hands a plugin's `options` (medusa-config `plugins: [{ resolve, options }]`) to each of its
 * modules; checking them here stops the server at start with a message naming a bad option.
 */
export default async function pluginOptionsLoader({ container, options }: LoaderOptions) {
  container.register(PLUGIN_OPTIONS_REGISTRATION, asValue(parsePluginOptions(options)))
}
