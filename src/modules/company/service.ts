import { MedusaService } from "@medusajs/framework/utils"
import { Company } from "./models/company"
import { Employee } from "./models/employee"
import type { PluginOptions } from "../../lib/plugin-options"
import { PLUGIN_OPTIONS_REGISTRATION } from "./loaders/plugin-options"

class CompanyModuleService extends MedusaService({ Company, Employee }) {
  protected readonly moduleContainer_: Record<string, unknown>

  constructor(container: Record<string, unknown>) {
    super(container)
    this.moduleContainer_ = container
  }

  /** The plugin's options from medusa-config, validated by the module's loader, with defaults applied. */
  getPluginOptions(): PluginOptions {
    return this.moduleContainer_[PLUGIN_OPTIONS_REGISTRATION] as PluginOptions
  }
}

export default CompanyModuleService
