import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import { Company } from "../models/company"
import { Employee } from "../models/employee"
import type CompanyModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  moduleModels: [Company, Employee],
  resolve: "./src/modules/company",
  testSuite: ({ service }) => {
    describe("company module", () => {
      it("creates companies with prefixed ids, active by default, and finds them by free text", async () => {
        const [acme, globex] = await service.createCompanies([
          { name: "Acme Construction", tax_id: "DE-111", email: "office@acme.test" },
          { name: "Globex", legal_name: "Globex Supplies GmbH", status: "pending" },
        ])
        expect(acme).toMatchObject({ id: expect.stringMatching(/^comp_/), status: "active" })
        expect(globex.status).toBe("pending")
        expect((await service.listCompanies({ q: "supplies gmbh" } as any)).map((c) => c.id)).toEqual([globex.id])
        expect((await service.listCompanies({ q: "DE-111" } as any)).map((c) => c.id)).toEqual([acme.id])
        expect((await service.listCompanies({ status: "pending" })).map((c) => c.id)).toEqual([globex.id])
      })

      it("stores money amounts exactly", async () => {
        const company = await service.createCompanies({ name: "Exact", min_order_amount: 1234.56 })
        const read = await service.retrieveCompany(company.id)
        expect(Number(read.min_order_amount)).toBe(1234.56)
      })

      it("lets a customer be the employee of one company at a time", async () => {
        const [a, b] = await service.createCompanies([{ name: "A" }, { name: "B" }])
        const employee = await service.createEmployees({ company: a.id, customer_id: "cus_1", role: "admin" } as any)
        expect(employee).toMatchObject({ id: expect.stringMatching(/^emp_/), role: "admin" })
        await expect(
          service.createEmployees({ company: b.id, customer_id: "cus_1", role: "buyer" } as any)
        ).rejects.toThrow(/already exists|unique|duplicate/i)
        await service.softDeleteEmployees(employee.id)
        const again = await service.createEmployees({ company: b.id, customer_id: "cus_1", role: "buyer" } as any)
        expect(again.company_id).toBe(b.id)
      })

      it("gives no two live companies the same customer group or price list", async () => {
        await service.createCompanies({ name: "First", customer_group_id: "cusgroup_1", price_list_id: "plist_1" })
        await expect(service.createCompanies({ name: "Same list", price_list_id: "plist_1" })).rejects.toThrow(
          /already exists|unique|duplicate/i
        )
        await expect(service.createCompanies({ name: "Same group", customer_group_id: "cusgroup_1" })).rejects.toThrow(
          /already exists|unique|duplicate/i
        )
        // Companies without terms yet are many.
        const bare = await service.createCompanies([{ name: "Bare 1" }, { name: "Bare 2" }])
        expect(bare).toHaveLength(2)
      })

      it("soft-deletes a company's employees with it, and restores them with it", async () => {
        const company = await service.createCompanies({ name: "Gone" })
        await service.createEmployees([
          { company: company.id, customer_id: "cus_a", role: "admin" },
          { company: company.id, customer_id: "cus_b", role: "buyer" },
        ] as any)
        await service.softDeleteCompanies(company.id)
        expect(await service.listEmployees({ company_id: company.id } as any)).toHaveLength(0)
        await service.restoreCompanies(company.id)
        expect(await service.listEmployees({ company_id: company.id } as any)).toHaveLength(2)
      })
    })
  },
})
