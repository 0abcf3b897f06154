import { abcClass, classifyClients, cumulativeShare } from "../abc"

const classesOf = (revenues: number[]) =>
  classifyClients(revenues.map((revenue, i) => ({ id: `c${String(i).padStart(2, "0")}`, revenue }))).map((c) => c.abc_class)

describe("ABC classes of clients by revenue", () => {
  it("puts the clients making the first 80 % in A, the next 15 % in B and the rest in C", () => {
    // 50 + 30 = 80 %: the second client closes class A; 10 + 5 = the next 15 %; the rest is C.
    expect(classesOf([50, 30, 10, 5, 3, 2])).toEqual(["A", "A", "B", "B", "C", "C"])
  })

  it("counts the client whose revenue crosses a threshold in the class it crosses from", () => {
    // 70 % before the second client: it is A although the two make 90 %; 90 % before the third: B.
    expect(classesOf([70, 20, 6, 4])).toEqual(["A", "A", "B", "C"])
  })

  it("makes a single client with revenue class A, and clients without revenue class C", () => {
    expect(classesOf([0, 120, 0])).toEqual(["A", "C", "C"])
  })

  it("classes everyone C, with no share, when nobody has revenue", () => {
    const classified = classifyClients([{ id: "a", revenue: 0 }, { id: "b", revenue: 0 }])
    expect(classified.map((c) => [c.abc_class, c.cumulative_share])).toEqual([["C", null], ["C", null]])
  })

  it("ranks by revenue, highest first, ties by id, with the running share of the total", () => {
    const classified = classifyClients([
      { id: "b", revenue: 25 },
      { id: "a", revenue: 25 },
      { id: "c", revenue: 50 },
    ])
    expect(classified.map((c) => [c.client.id, c.rank, c.cumulative_share])).toEqual([
      ["c", 1, 0.5],
      ["a", 2, 0.75],
      ["b", 3, 1],
    ])
  })

  it("compares amounts exactly, beyond what a float keeps", () => {
    // 0.1 + 0.2 + 0.5 is exactly 0.8 of 1; summed as floats it would be 0.8000000000000000444 and miss class A.
    expect(abcClass({ revenue: "0.1", revenue_before: "0.7", total: "1" })).toBe("A")
    expect(abcClass({ revenue: "0.1", revenue_before: "0.8", total: "1" })).toBe("B")
    expect(abcClass({ revenue: "0.01", revenue_before: "0.95", total: "1" })).toBe("C")
    expect(cumulativeShare({ revenue: "12345678901234.5", revenue_before: 0, total: "24691357802469" })).toBe(0.5)
  })
})
