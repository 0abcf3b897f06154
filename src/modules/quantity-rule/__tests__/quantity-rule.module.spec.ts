import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { QUANTITY_RULE_MODULE } from ".."
import { QuantityRule } from "../models/quantity-rule"
import type QuantityRuleModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<QuantityRuleModuleService>({
  moduleName: QUANTITY_RULE_MODULE,
  moduleModels: [QuantityRule],
  resolve: "./src/modules/quantity-rule",
  testSuite: ({ service }) => {
    describe("quantity rule module", () => {
      it("creates rules with prefixed ids and the defaults min 1, step 1, no maximum", async () => {
        const rule = await service.createQuantityRules({ variant_id: "variant_1" })
        expect(rule).toMatchObject({
          id: expect.stringMatching(/^qrule_/),
          company_id: null,
          min_quantity: 1,
          increment: 1,
          max_quantity: null,
        })
      })

      // The workflow checks duplicates first; the indexes hold when two requests race past that check.
      it("keeps one rule per target, with NULL company meaning every buyer", async () => {
        await service.createQuantityRules([
          { variant_id: "variant_1" },
          { variant_id: "variant_1", company_id: "comp_a" },
          { variant_id: "variant_1", company_id: "comp_b" },
          { product_id: "prod_1" },
          { product_id: "prod_1", company_id: "comp_a" },
        ])
        for (const duplicate of [
          { variant_id: "variant_1" },
          { variant_id: "variant_1", company_id: "comp_a" },
          { product_id: "prod_1" },
          { product_id: "prod_1", company_id: "comp_a" },
        ]) {
          await expect(service.createQuantityRules(duplicate)).rejects.toThrow(/already exists/)
        }
      })

      it("frees a target when its rule is deleted", async () => {
        const rule = await service.createQuantityRules({ variant_id: "variant_1", min_quantity: 5 })
        await service.softDeleteQuantityRules(rule.id)
        const next = await service.createQuantityRules({ variant_id: "variant_1", min_quantity: 10 })
        expect(next.min_quantity).toBe(10)
      })

      it("refuses a rule with both a variant and a product, or neither", async () => {
        await expect(service.createQuantityRules({ variant_id: "variant_1", product_id: "prod_1" })).rejects.toThrow()
        await expect(service.createQuantityRules({ company_id: "comp_a" })).rejects.toThrow()
        expect(await service.listQuantityRules({})).toHaveLength(0)
      })
    })
  },
})
