// The plugin binds orders to companies in completeCartWorkflow's orderCreated hook, which Medusa's types do not
// declare: the handler must register where the hook exists and refuse to load, saying why, where it does not.
const LINK = { company: { company_id: "comp_1" }, order: { order_id: "order_1" } }
const linkRun = jest.fn(async () => ({ result: [LINK] }))
const unlinkRun = jest.fn(async () => ({ result: [LINK] }))

const loadWith = (hooks: Record<string, unknown>) => {
  jest.resetModules()
  jest.doMock("@medusajs/medusa/core-flows", () => ({ completeCartWorkflow: { hooks } }))
  jest.doMock("../../company/link-order", () => ({
    linkOrderToCompanyWorkflow: () => ({ run: linkRun }),
    unlinkOrderFromCompanyWorkflow: () => ({ run: unlinkRun }),
  }))
  jest.isolateModules(() => {
    require("../order-created")
  })
}

describe("the orderCreated hook handler", () => {
  afterEach(() => {
    jest.dontMock("@medusajs/medusa/core-flows")
    jest.dontMock("../../company/link-order")
  })

  it("binds the order and, when checkout fails after it, dismisses exactly the links it made", async () => {
    const orderCreated = jest.fn()
    loadWith({ validate: jest.fn(), orderCreated })
    expect(orderCreated).toHaveBeenCalledTimes(1)
    const [invoke, compensate] = orderCreated.mock.calls[0]
    const context = { container: {} }
    const response = await invoke({ order_id: "order_1", cart_id: "cart_1" }, context)
    expect(linkRun).toHaveBeenCalledWith({ input: { order_id: "order_1" } })
    expect(response.output).toEqual([LINK])
    expect(response.compensateInput).toEqual([LINK])

    await compensate(response.compensateInput, context)
    expect(unlinkRun).toHaveBeenCalledWith({ input: { links: [LINK] } })
    unlinkRun.mockClear()
    await compensate([], context)
    expect(unlinkRun).not.toHaveBeenCalled()
  })

  it("fails at load with a clear error when Medusa has no such hook", () => {
    expect(() => loadWith({ validate: jest.fn() })).toThrow(/completeCartWorkflow has no orderCreated hook/)
  })
})
