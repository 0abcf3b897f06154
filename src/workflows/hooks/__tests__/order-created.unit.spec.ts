// The plugin binds orders to companies in completeCartWorkflow's orderCreated hook, which Medusa's types do not
// declare: the handler must register where the hook exists and refuse to load, saying why, where it does not.
const LINK = { company: { company_id: "comp_1" }, order: { order_id: "order_1" } }
const linkRun = jest.fn(async () => ({ result: [LINK] }))
const unlinkRun = jest.fn(async () => ({ result: [LINK] }))
const CHARGE = { id: "cle_1", state: "pending" }
const bindRun = jest.fn(async () => ({ result: CHARGE }))
const unbindCharge = jest.fn(async () => undefined)

const loadWith = (hooks: Record<string, unknown>) => {
  jest.resetModules()
  jest.doMock("@medusajs/medusa/core-flows", () => ({ completeCartWorkflow: { hooks } }))
  jest.doMock("../../company/link-order", () => ({
    linkOrderToCompanyWorkflow: () => ({ run: linkRun }),
    unlinkOrderFromCompanyWorkflow: () => ({ run: unlinkRun }),
  }))
  jest.doMock("../../credit/ledger", () => ({ bindOrderChargeWorkflow: () => ({ run: bindRun }) }))
  jest.isolateModules(() => {
    require("../order-created")
  })
}

describe("the orderCreated hook handler", () => {
  afterEach(() => {
    jest.dontMock("@medusajs/medusa/core-flows")
    jest.dontMock("../../company/link-order")
    jest.dontMock("../../credit/ledger")
  })

  it("binds the order and its held charge and, when checkout fails after it, undoes exactly what it did", async () => {
    const orderCreated = jest.fn()
    loadWith({ validate: jest.fn(), orderCreated })
    expect(orderCreated).toHaveBeenCalledTimes(1)
    const [invoke, compensate] = orderCreated.mock.calls[0]
    const context = { container: { resolve: () => ({ unbindCharge }) } }
    const response = await invoke({ order_id: "order_1", cart_id: "cart_1" }, context)
    expect(linkRun).toHaveBeenCalledWith({ input: { order_id: "order_1" } })
    expect(bindRun).toHaveBeenCalledWith({ input: { order_id: "order_1", cart_id: "cart_1" } })
    expect(response.output).toEqual([LINK])
    expect(response.compensateInput).toEqual({ links: [LINK], charge: CHARGE })

    await compensate(response.compensateInput, context)
    expect(unlinkRun).toHaveBeenCalledWith({ input: { links: [LINK] } })
    expect(unbindCharge).toHaveBeenCalledWith(CHARGE)
    unlinkRun.mockClear()
    unbindCharge.mockClear()
    await compensate({ links: [], charge: null }, context)
    expect(unlinkRun).not.toHaveBeenCalled()
    expect(unbindCharge).not.toHaveBeenCalled()
  })

  it("fails at load with a clear error when Medusa has no such hook", () => {
    expect(() => loadWith({ validate: jest.fn() })).toThrow(/completeCartWorkflow has no orderCreated hook/)
  })
})
