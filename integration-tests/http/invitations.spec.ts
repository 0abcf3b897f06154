import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type RegisteredCustomer } from "../helpers/auth"
import { eventually, failure } from "../helpers/requests"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import expireCompanyInvitations from "../../src/jobs/expire-company-invitations"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let variantId: string
    let ann: RegisteredCustomer // admin of Acme
    let ben: RegisteredCustomer // buyer of Acme
    let olga: RegisteredCustomer // admin of Other
    let ivy: RegisteredCustomer // invited, accepts by token
    let dan: RegisteredCustomer // invited, accepts by id
    let eve: RegisteredCustomer // invited, declines
    let acme: any
    let other: any

    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const invite = (by: RegisteredCustomer, email: string, role = "buyer") =>
      api.post("/store/companies/me/invitations", { email, role }, by.headers)
    const groupIdsOf = async (customerId: string) => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["groups"] })
      return (customer.groups ?? []).map((g) => g.id)
    }
    /** The invitation e-mail handed to the notification provider, with its token. */
    const invitationEmailTo = (email: string) =>
      eventually(async () => {
        const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
        const [sent] = await notifications.listNotifications({ to: email, template: "b2b-invitation" } as any)
        return sent
      })

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      const [product] = await createCatalogProducts(container, basics, [
        { title: "Wood screw", handle: "wood-screw", variants: [{ title: "Box", sku: "SCREW-1", price: 4, stock: 1000 }] },
      ])
      variantId = product.variants[0].id
      admin = await adminHeaders(container)
      const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
      ;[ann, ben, olga, ivy, dan, eve] = await Promise.all(
        ["ann@acme.test", "ben@acme.test", "olga@other.test", "ivy@shop.test", "dan@shop.test", "eve@shop.test"].map(register)
      )
      acme = (await api.post("/admin/companies", { name: "Acme Tools" }, admin)).data.company
      other = (await api.post("/admin/companies", { name: "Other Trade" }, admin)).data.company
      const attach = (companyId: string, customer: RegisteredCustomer, role: string) =>
        api.post(`/admin/companies/${companyId}/employees`, { customer_id: customer.customer.id, role }, admin)
      await attach(acme.id, ann, "admin")
      await attach(acme.id, ben, "buyer")
      await attach(other.id, olga, "admin")
    })

    it("invites without making anyone an employee; the invitee accepts with the e-mailed token", async () => {
      const forbidden = await failure(invite(ben, "ivy@shop.test"))
      expect(forbidden).toMatchObject({ status: 403 })
      expect(forbidden.message).toMatch(/Only an admin of "Acme Tools"/)

      const created = await invite(ann, "  IVY@shop.test ", "viewer")
      expect(created.status).toBe(201)
      expect(created.data.invitation).toMatchObject({ email: "ivy@shop.test", role: "viewer", status: "pending", company_id: acme.id })
      expect(JSON.stringify(created.data)).not.toMatch(/token/)
      expect((await failure(invite(ann, "ivy@shop.test"))).message).toMatch(/already has a pending invitation/)

      // Not an employee yet, and not held back: ivy still orders like any customer.
      expect((await failure(api.get("/store/companies/me", ivy.headers))).status).toBe(404)
      expect(await groupIdsOf(ivy.customer.id)).toEqual([])
      const { data: cart } = await api.post("/store/carts", { region_id: basics.region.id }, ivy.headers)
      const added = await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, ivy.headers)
      expect(added.data.cart.items).toHaveLength(1)

      const pending = await api.get("/store/invitations", ivy.headers)
      expect(pending.data.invitations).toEqual([
        expect.objectContaining({ id: created.data.invitation.id, role: "viewer", company: { id: acme.id, name: "Acme Tools" } }),
      ])
      expect(JSON.stringify(pending.data)).not.toMatch(/token/)

      const email = await invitationEmailTo("ivy@shop.test")
      expect(email).toMatchObject({ channel: "email", template: "b2b-invitation" })
      expect(email.data).toMatchObject({ invitation_id: created.data.invitation.id, company_name: "Acme Tools", role: "viewer" })
      const token = email.data!.token as string
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)

      // The token is worth nothing to anyone but the addressee, and ids of others' invitations are not found.
      expect((await failure(api.post("/store/invitations/accept", { token }, dan.headers))).status).toBe(404)
      expect((await failure(api.post(`/store/invitations/${created.data.invitation.id}/accept`, {}, dan.headers))).status).toBe(404)
      expect((await failure(api.post("/store/invitations/accept", { token: "not-a-token" }, ivy.headers))).status).toBe(404)
      expect((await failure(api.post("/store/invitations/accept", {}, ivy.headers))).status).toBe(400)
      expect((await failure(api.get("/store/companies/me", dan.headers))).status).toBe(404)

      const accepted = await api.post("/store/invitations/accept", { token }, ivy.headers)
      expect(accepted.data.invitation).toMatchObject({ status: "accepted" })
      expect(accepted.data.employee).toMatchObject({ customer_id: ivy.customer.id, role: "viewer", company_id: acme.id })
      expect((await api.get("/store/companies/me", ivy.headers)).data.employee.role).toBe("viewer")
      expect(await groupIdsOf(ivy.customer.id)).toEqual([acme.customer_group_id])
      expect((await failure(api.post("/store/invitations/accept", { token }, ivy.headers))).message).toMatch(/already accepted/)
      expect((await api.get("/store/invitations", ivy.headers)).data.invitations).toEqual([])
    })

    it("accepts by id with the invited role, and declines without joining", async () => {
      const forDan = (await api.post("/store/companies/me/invitations", { email: "dan@shop.test", role: "buyer", spending_limit: 500 }, ann.headers)).data.invitation
      expect(forDan).toMatchObject({ role: "buyer", spending_limit: 500 })
      const joined = await api.post(`/store/invitations/${forDan.id}/accept`, {}, dan.headers)
      expect(joined.data.employee).toMatchObject({ role: "buyer", spending_limit: 500, company_id: acme.id })

      const forEve = (await invite(ann, "eve@shop.test", "admin")).data.invitation
      const declined = await api.post(`/store/invitations/${forEve.id}/decline`, {}, eve.headers)
      expect(declined.data.invitation).toMatchObject({ id: forEve.id, status: "declined" })
      expect(declined.data).not.toHaveProperty("employee")
      expect((await failure(api.get("/store/companies/me", eve.headers))).status).toBe(404)
      expect((await failure(api.post(`/store/invitations/${forEve.id}/accept`, {}, eve.headers))).message).toMatch(/already declined/)

      // A declined invitation may be followed by a new one, declined this time by token.
      await invite(ann, "eve@shop.test", "buyer")
      const email = await eventually(async () => {
        const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
        const sent = await notifications.listNotifications({ to: "eve@shop.test" } as any)
        return sent.length === 2 ? sent.find((n) => n.data?.role === "buyer") : undefined
      })
      const byToken = await api.post("/store/invitations/decline", { token: email!.data!.token }, eve.headers)
      expect(byToken.data.invitation.status).toBe("declined")
    })

    it("lets a company's admins list and revoke its invitations; another company's answer 404", async () => {
      // (each test starts from the companies set up before all of them)
      await invite(ann, "hal@shop.test")
      const forFay = (await invite(ann, "fay@shop.test")).data.invitation
      expect((await failure(api.delete(`/store/companies/me/invitations/${forFay.id}`, olga.headers))).status).toBe(404)
      expect((await failure(api.delete(`/store/companies/me/invitations/${forFay.id}`, ben.headers))).status).toBe(403)
      expect((await failure(api.get("/store/companies/me/invitations", ben.headers))).status).toBe(403)
      expect((await api.get("/store/companies/me/invitations", olga.headers)).data).toMatchObject({ invitations: [], count: 0 })

      const listed = await api.get("/store/companies/me/invitations?status=pending", ann.headers)
      expect(listed.data.invitations.map((i: any) => i.email)).toEqual(["fay@shop.test", "hal@shop.test"])
      const page = await api.get("/store/companies/me/invitations?limit=1&offset=1", ann.headers)
      expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1, invitations: [{ email: "hal@shop.test" }] })
      expect(JSON.stringify(listed.data)).not.toMatch(/token/)
      expect((await failure(api.get("/store/companies/me/invitations?status=lost", ann.headers))).status).toBe(400)
      const byEmail = await api.get("/store/companies/me/invitations?order=-email", ann.headers)
      expect(byEmail.data.invitations.map((i: any) => i.email)).toEqual(["hal@shop.test", "fay@shop.test"])
      for (const bad of ["limit=-1", "offset=-5", "order=token_hash"]) {
        expect((await failure(api.get(`/store/companies/me/invitations?${bad}`, ann.headers))).status).toBe(400)
        expect((await failure(api.get(`/store/invitations?${bad}`, ann.headers))).status).toBe(400)
      }

      const revoked = await api.delete(`/store/companies/me/invitations/${forFay.id}`, ann.headers)
      expect(revoked.data).toEqual({ id: forFay.id, object: "company_invitation", deleted: true })
      expect((await failure(api.delete(`/store/companies/me/invitations/${forFay.id}`, ann.headers))).status).toBe(400)

      const merchant = await api.get(`/admin/companies/${acme.id}/invitations`, admin)
      expect(merchant.data.invitations.find((i: any) => i.id === forFay.id)).toMatchObject({ status: "revoked" })
      expect(JSON.stringify(merchant.data)).not.toMatch(/token/)
      expect((await failure(api.get(`/admin/companies/comp_missing/invitations`, admin))).status).toBe(404)

      expect((await failure(invite(ann, "not-an-email"))).status).toBe(400)
      expect((await failure(invite(ann, "x@shop.test", "owner"))).status).toBe(400)
      expect((await failure(api.get("/store/invitations", storeHeaders(basics.publishableKey)))).status).toBe(401)
    })

    it("refuses an expired invitation, and the hourly job closes it", async () => {
      const gus = await registerCustomer(api, basics.publishableKey, { email: "gus@shop.test" })
      const forGus = (await invite(ann, "gus@shop.test")).data.invitation
      await companies().updateCompanyInvitations({ id: forGus.id, expires_at: new Date(Date.now() - 60_000) })

      expect((await api.get("/store/invitations", gus.headers)).data.invitations).toEqual([])
      const late = await failure(api.post(`/store/invitations/${forGus.id}/accept`, {}, gus.headers))
      expect(late.status).toBe(400)
      expect(late.message).toMatch(/expired on .*ask the company for a new one/)
      expect((await failure(api.get("/store/companies/me", gus.headers))).status).toBe(404)

      await expireCompanyInvitations(getContainer())
      expect((await companies().retrieveCompanyInvitation(forGus.id)).status).toBe("expired")
      // A fresh invitation may replace it.
      expect((await invite(ann, "gus@shop.test")).status).toBe(201)
    })

    it("lets an employee leave, but not a company's last admin", async () => {
      const forDan = (await invite(ann, "dan@shop.test", "buyer")).data.invitation
      await api.post(`/store/invitations/${forDan.id}/accept`, {}, dan.headers)
      const forIvy = (await invite(ann, "ivy@shop.test", "viewer")).data.invitation
      await api.post(`/store/invitations/${forIvy.id}/accept`, {}, ivy.headers)
      expect(await groupIdsOf(ivy.customer.id)).toEqual([acme.customer_group_id])

      const left = await api.post("/store/companies/me/leave", {}, ivy.headers)
      expect(left.data).toEqual({ id: expect.stringMatching(/^emp_/), object: "employee", deleted: true })
      expect((await failure(api.get("/store/companies/me", ivy.headers))).status).toBe(404)
      expect(await groupIdsOf(ivy.customer.id)).toEqual([])
      expect((await failure(api.post("/store/companies/me/leave", {}, ivy.headers))).status).toBe(404)

      const refused = await failure(api.post("/store/companies/me/leave", {}, ann.headers))
      expect(refused.status).toBe(400)
      expect(refused.message).toBe('You are the last admin of "Acme Tools": make another employee an admin before you leave.')
      // Alone in a company, its admin cannot leave either: the merchant closes the account.
      expect((await failure(api.post("/store/companies/me/leave", {}, olga.headers))).message).toMatch(/last admin/)

      const danEmployee = (await api.get("/store/companies/me", dan.headers)).data.employee
      await api.post(`/store/companies/me/employees/${danEmployee.id}`, { role: "admin" }, ann.headers)
      await api.post("/store/companies/me/leave", {}, ann.headers)
      expect((await failure(api.get("/store/companies/me", ann.headers))).status).toBe(404)
      const team = await api.get("/store/companies/me/employees", dan.headers)
      expect(team.data.employees.map((e: any) => [e.email, e.role]).sort()).toEqual([["ben@acme.test", "buyer"], ["dan@shop.test", "admin"]])

      // The merchant may not remove the last admin while colleagues remain, but may remove a company's only employee.
      const merchantRemoval = await failure(api.delete(`/admin/companies/${acme.id}/employees/${danEmployee.id}`, admin))
      expect(merchantRemoval.status).toBe(400)
      const olgaEmployee = (await api.get("/store/companies/me", olga.headers)).data.employee
      await api.delete(`/admin/companies/${other.id}/employees/${olgaEmployee.id}`, admin)
      expect((await failure(api.get("/store/companies/me", olga.headers))).status).toBe(404)
    })
  },
})
