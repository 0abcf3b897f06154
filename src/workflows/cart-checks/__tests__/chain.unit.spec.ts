import { MedusaError } from "@medusajs/framework/utils"
import { collectCartViolations, listCartChecks, registerCartCheck, throwIfViolated } from "../chain"
import type { CartCheckSubject } from "../../../lib/cart-checks/types"
import type { CartCheckContext } from "../types"

const subject = (stage: CartCheckSubject["stage"]): CartCheckSubject => ({
  stage,
  cart_id: "cart_1",
  customer_id: null,
  currency_code: "eur",
  lines: [{ variant_id: "variant_1", quantity: 3 }],
})
const context = { container: {} as any, buyer: async () => null } as CartCheckContext

describe("the cart check chain", () => {
  const unregister: (() => void)[] = []
  afterEach(() => unregister.splice(0).forEach((undo) => undo()))

  it("runs checks in order, only at their stages, and collects every violation", async () => {
    const seen: string[] = []
    unregister.push(
      registerCartCheck({
        name: "test:late",
        order: 2000,
        check: () => (seen.push("late"), [{ code: "late", message: "late" }]),
      }),
      registerCartCheck({
        name: "test:early",
        order: 10,
        check: () => (seen.push("early"), [{ code: "early", message: "early" }]),
      }),
      registerCartCheck({
        name: "test:complete-only",
        stages: ["complete"],
        check: () => (seen.push("complete-only"), []),
      })
    )
    const violations = await collectCartViolations(subject("add"), context)
    expect(seen).toEqual(["early", "late"])
    expect(violations.map((v) => v.code)).toEqual(["early", "late"])

    seen.length = 0
    await collectCartViolations(subject("complete"), context)
    expect(seen).toEqual(["early", "complete-only", "late"])
  })

  it("replaces a check registered again under the same name, and unregisters it", async () => {
    const first = registerCartCheck({ name: "test:same", check: () => [{ code: "first", message: "1" }] })
    const second = registerCartCheck({ name: "test:same", check: () => [{ code: "second", message: "2" }] })
    expect(listCartChecks().filter((n) => n === "test:same")).toHaveLength(1)
    expect((await collectCartViolations(subject("add"), context)).map((v) => v.code)).toContain("second")
    first() // a stale unregister does not remove the newer check
    expect(listCartChecks()).toContain("test:same")
    second()
    expect(listCartChecks()).not.toContain("test:same")
  })

  it("refuses a registration without a name or function", () => {
    expect(() => registerCartCheck({ name: "", check: () => [] })).toThrow(/name and a check/)
    expect(() => registerCartCheck({ name: "x", check: undefined as any })).toThrow(/name and a check/)
  })

  it("throws 403 when who is buying is refused, else 400 with every message once", () => {
    expect(() => throwIfViolated([])).not.toThrow()
    const invalid = () =>
      throwIfViolated([
        { code: "a", message: "Too few." },
        { code: "b", message: "Too few." },
        { code: "c", message: "Wrong step." },
      ])
    expect(invalid).toThrow(expect.objectContaining({ type: MedusaError.Types.INVALID_DATA, message: "Too few. Wrong step." }))
    const forbidden = () =>
      throwIfViolated([
        { code: "a", message: "Too few." },
        { code: "company_inactive", message: "On hold.", kind: "forbidden" },
      ])
    expect(forbidden).toThrow(expect.objectContaining({ type: MedusaError.Types.FORBIDDEN, message: "On hold." }))
  })
})
