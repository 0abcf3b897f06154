import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"

const SRC = join(__dirname, "..")

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === "__tests__" || name === "node_modules" ? [] : filesUnder(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })

/** Lines holding `as any` whose previous line is not a comment saying why. */
export const unexplainedAnyCasts = (file: string, text: string): string[] => {
  const lines = text.split("\n")
  return lines.flatMap((line, index) => {
    if (!/\bas any\b/.test(line)) return []
    const previous = (lines[index - 1] ?? "").trim()
    const explained = /^(\/\/|\/\*|\*)\s*\S/.test(previous)
    return explained ? [] : [`${file}:${index + 1}: ${line.trim()}`]
  })
}

describe("types", () => {
  it("flags an `as any` with no comment above it, and lets one with a comment pass", () => {
    expect(unexplainedAnyCasts("a.ts", "const x = 1\nconst y = x as any\n")).toEqual(["a.ts:2: const y = x as any"])
    expect(unexplainedAnyCasts("a.ts", "// Medusa's filter type rejects link filters.\nconst y = x as any\n")).toEqual([])
    expect(unexplainedAnyCasts("a.ts", "const y = x as unknown as Filter\n")).toEqual([])
  })

  it("has no unexplained `as any` in src", () => {
    const found = filesUnder(SRC).flatMap((path) =>
      unexplainedAnyCasts(relative(SRC, path).split("\\").join("/"), readFileSync(path, "utf8"))
    )
    expect(found).toEqual([])
  })
})
