import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import { Company } from "../models/company"
import { Employee } from "../models/employee"
import { CompanyInvitation } from "../models/invitation"
import { CompanyAddress } from "../models/address"
import type CompanyModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  moduleModels: [Company, Employee, CompanyInvitation, CompanyAddress],
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

      describe("membership changes", () => {
        it("keeps an admin under concurrent demotions: of two admins demoted at once, exactly one steps down", async () => {
          // Several companies at once, so that without the row lock at least one pair would both pass the rule.
          const companies = await service.createCompanies(Array.from({ length: 5 }, (_, i) => ({ name: `Race ${i}` })))
          const pairs = await Promise.all(
            companies.map(async (company, i) =>
              service.createEmployees([
                { company: company.id, customer_id: `cus_race_${i}_a`, role: "admin" },
                { company: company.id, customer_id: `cus_race_${i}_b`, role: "admin" },
                { company: company.id, customer_id: `cus_race_${i}_c`, role: "buyer" },
              ])
            )
          )
          const outcomes = await Promise.all(
            companies.flatMap((company, i) =>
              pairs[i].slice(0, 2).map((employee) =>
                service
                  .changeMembership({ company_id: company.id, employee_id: employee.id, change: { kind: "update", role: "buyer" } })
                  .then(() => "demoted", (e: Error) => e.message)
              )
            )
          )
          for (const [i, company] of companies.entries()) {
            const [first, second] = outcomes.slice(2 * i, 2 * i + 2)
            expect([first, second].filter((o) => o === "demoted")).toHaveLength(1)
            expect([first, second].find((o) => o !== "demoted")).toMatch(/last admin of "Race \d"/)
            const admins = (await service.listEmployees({ company_id: company.id })).filter((e) => e.role === "admin")
            expect(admins).toHaveLength(1)
          }
        })

        it("gives up after the lock timeout with a conflict, not a hang or an unknown error", async () => {
          const company = await service.createCompanies({ name: "Busy" })
          const [admin] = await service.createEmployees([{ company: company.id, customer_id: "cus_busy", role: "admin" }])
          // Another transaction holds the company's row, as a long membership change would.
          type Repository = { transaction: (work: (manager: { getTransactionContext(): any }) => Promise<unknown>) => Promise<unknown> }
          const repository = (service as unknown as { baseRepository_: Repository }).baseRepository_
          let release!: () => void
          let locked!: () => void
          const isLocked = new Promise<void>((resolve) => (locked = resolve))
          const holding = repository.transaction(async (manager) => {
            await manager.getTransactionContext().raw("SELECT id FROM company WHERE id = ? FOR UPDATE", [company.id])
            locked()
            await new Promise<void>((resolve) => (release = resolve))
          })
          await isLocked
          const started = Date.now()
          await expect(
            service.changeMembership({ company_id: company.id, employee_id: admin.id, change: { kind: "update", spending_limit: 10 } })
          ).rejects.toMatchObject({ type: "conflict", message: expect.stringMatching(/in progress; try again/) })
          expect(Date.now() - started).toBeLessThan(15_000)
          release()
          await holding
          expect((await service.retrieveEmployee(admin.id)).spending_limit).toBeNull()
        })

        it("removes and restores employees, refusing to leave colleagues without an admin", async () => {
          const company = await service.createCompanies({ name: "Solo" })
          const [admin, buyer] = await service.createEmployees([
            { company: company.id, customer_id: "cus_solo_a", role: "admin" },
            { company: company.id, customer_id: "cus_solo_b", role: "buyer", spending_limit: 100 },
          ])
          await expect(
            service.changeMembership({ company_id: company.id, employee_id: admin.id, change: { kind: "leave" }, allow_empty_company: true })
          ).rejects.toThrow(/last admin of "Solo"/)
          const before = await service.changeMembership({ company_id: company.id, employee_id: buyer.id, change: { kind: "update", role: "viewer", spending_limit: null } })
          expect(before).toMatchObject({ id: buyer.id, role: "buyer", spending_limit: 100, removed: false })
          await service.restoreMembership(before)
          expect(await service.retrieveEmployee(buyer.id)).toMatchObject({ role: "buyer" })
          const removed = await service.changeMembership({ company_id: company.id, employee_id: buyer.id, change: { kind: "remove" } })
          // The merchant may remove the only employee; nobody else may leave a company without its admin.
          await expect(service.changeMembership({ company_id: company.id, employee_id: admin.id, change: { kind: "leave" } })).rejects.toThrow(/last admin/)
          await service.changeMembership({ company_id: company.id, employee_id: admin.id, change: { kind: "remove" }, allow_empty_company: true })
          expect(await service.listEmployees({ company_id: company.id })).toHaveLength(0)
          await service.restoreMembership(removed)
          expect((await service.listEmployees({ company_id: company.id })).map((e) => e.id)).toEqual([buyer.id])
          await expect(
            service.changeMembership({ company_id: "comp_missing", employee_id: admin.id, change: { kind: "remove" } })
          ).rejects.toThrow(/was not found/)
        })
      })

      describe("invitations", () => {
        it("issues a token once, stores only its hash, and lets only the addressee accept", async () => {
          const company = await service.createCompanies({ name: "Inviting" })
          const { invitation, token } = await service.issueInvitation({ company_id: company.id, email: " Ivy@Example.TEST ", role: "viewer" })
          expect(invitation).toMatchObject({ email: "ivy@example.test", status: "pending", role: "viewer" })
          expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
          expect(invitation.token_hash).not.toContain(token)
          expect(new Date(invitation.expires_at).getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3600 * 1000)
          await expect(service.issueInvitation({ company_id: company.id, email: "ivy@example.test", role: "buyer" })).rejects.toThrow(/already has a pending invitation/)

          const stranger = { id: "cus_stranger", email: "someone@else.test" }
          await expect(service.answerInvitation({ token, accept: true, customer: stranger })).rejects.toThrow(/not found/)
          expect(await service.listEmployees({ company_id: company.id })).toHaveLength(0)

          const ivy = { id: "cus_ivy", email: "IVY@example.test", first_name: "Ivy" }
          const { employee } = await service.answerInvitation({ token, accept: true, customer: ivy })
          expect(employee).toMatchObject({ customer_id: "cus_ivy", role: "viewer", company_id: company.id, email: "ivy@example.test" })
          await expect(service.answerInvitation({ token, accept: false, customer: ivy })).rejects.toThrow(/already accepted/)
          await expect(service.issueInvitation({ company_id: company.id, email: "ivy@example.test", role: "buyer" })).rejects.toThrow(/already an employee/)

          // An employee of one company cannot accept another's invitation.
          const other = await service.createCompanies({ name: "Other" })
          const second = await service.issueInvitation({ company_id: other.id, email: "ivy@example.test", role: "buyer" })
          await expect(service.answerInvitation({ invitation_id: second.invitation.id, accept: true, customer: ivy })).rejects.toThrow(/already belong/)
          const declined = await service.answerInvitation({ invitation_id: second.invitation.id, accept: false, customer: ivy })
          expect(declined).toMatchObject({ invitation: { status: "declined" }, employee: null })
        })

        it("expires invitations whose time is up, and refuses answers after it", async () => {
          const company = await service.createCompanies({ name: "Expiring" })
          const issued = new Date(Date.now() - 15 * 24 * 3600 * 1000)
          const old = await service.issueInvitation({ company_id: company.id, email: "old@example.test", role: "buyer", now: issued })
          const fresh = await service.issueInvitation({ company_id: company.id, email: "new@example.test", role: "buyer" })
          await expect(service.answerInvitation({ token: old.token, accept: true, customer: { id: "cus_old", email: "old@example.test" } })).rejects.toThrow(/expired on/)
          expect(await service.expireInvitations()).toEqual([old.invitation.id])
          expect((await service.retrieveCompanyInvitation(fresh.invitation.id)).status).toBe("pending")
          // A new invitation may follow an expired one.
          const again = await service.issueInvitation({ company_id: company.id, email: "old@example.test", role: "buyer" })
          expect(again.invitation.status).toBe("pending")
        })
      })
    })
    describe("company addresses", () => {
      const site = (label: string) => ({ kind: "shipping" as const, label, address_1: `${label} 1`, city: "Hamburg", country_code: "de" })

      it("holds one billing address per company in the database itself", async () => {
        const [a, b] = await service.createCompanies([{ name: "A" }, { name: "B" }])
        await service.createCompanyAddresses({ company_id: a.id, kind: "billing", address_1: "Ring 5", city: "Berlin" })
        await expect(
          service.createCompanyAddresses({ company_id: a.id, kind: "billing", address_1: "Ring 6", city: "Berlin" })
        ).rejects.toThrow(/already exists/)
        // Another company, and a deleted billing address, leave room.
        await service.createCompanyAddresses({ company_id: b.id, kind: "billing", address_1: "Ring 7", city: "Berlin" })
        const [billing] = await service.listCompanyAddresses({ company_id: a.id, kind: "billing" })
        await service.softDeleteCompanyAddresses([billing.id])
        await service.createCompanyAddresses({ company_id: a.id, kind: "billing", address_1: "Ring 8", city: "Berlin" })
        expect((await service.listCompanyAddresses({ company_id: a.id, kind: "billing" })).map((x) => x.address_1)).toEqual(["Ring 8"])
      })

      it("moves the default delivery site, and undoing a write puts back the address and the old default", async () => {
        const company = await service.createCompanies({ name: "Sites" })
        const first = await service.writeCompanyAddress({ company_id: company.id, data: { ...site("North"), is_default: true } })
        const second = await service.writeCompanyAddress({ company_id: company.id, data: { ...site("South"), is_default: true } })
        expect(second.previous_default_id).toBe(first.address.id)
        const defaults = async () =>
          (await service.listCompanyAddresses({ company_id: company.id, is_default: true })).map((x) => x.label)
        expect(await defaults()).toEqual(["South"])

        await service.undoCompanyAddressWrite(second)
        expect(await defaults()).toEqual(["North"])
        expect((await service.listCompanyAddresses({ company_id: company.id })).map((x) => x.label)).toEqual(["North"])

        const changed = await service.writeCompanyAddress({ company_id: company.id, id: first.address.id, data: { label: "Nord", city: "Kiel" } })
        expect(changed.address).toMatchObject({ label: "Nord", city: "Kiel", is_default: true })
        await service.undoCompanyAddressWrite(changed)
        expect(await service.retrieveCompanyAddress(first.address.id)).toMatchObject({ label: "North", city: "Hamburg", is_default: true })
      })

      it("refuses a second billing address and another company's address by id", async () => {
        const [a, b] = await service.createCompanies([{ name: "A" }, { name: "B" }])
        await service.writeCompanyAddress({ company_id: a.id, data: { kind: "billing", address_1: "Ring 5", city: "Berlin", country_code: "de" } })
        await expect(
          service.writeCompanyAddress({ company_id: a.id, data: { kind: "billing", address_1: "Ring 6", city: "Berlin", country_code: "de" } })
        ).rejects.toThrow(/already has a billing address/)
        const other = await service.writeCompanyAddress({ company_id: b.id, data: site("Yard") })
        await expect(
          service.writeCompanyAddress({ company_id: a.id, id: other.address.id, data: { label: "Mine" } })
        ).rejects.toThrow(/was not found/)
      })
    })
  },
})
