import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"

const SRC = join(__dirname, "..", "..")

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === "__tests__" ? [] : filesUnder(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })

const rel = (path: string) => relative(SRC, path).split("\\").join("/")

// Reads from the container: a module's service, Medusa's query, the container type itself.
const LOADS = /from "(\.\.\/)+modules\/|from "(\.\.\/)+queries\/|\bMedusaContainer\b|\bContainerRegistrationKeys\b|\bModules\.|container\.resolve/

describe("layering", () => {
  it("keeps src/lib rules pure: no module, query or container", () => {
    const loading = filesUnder(join(SRC, "lib"))
      .filter((path) => LOADS.test(readFileSync(path, "utf8")))
      .map(rel)
    expect(loading).toEqual([])
  })

  it("lets data models import only the shared vocabulary and each other", () => {
    const models = filesUnder(join(SRC, "modules")).filter((path) => path.includes("/models/"))
    const imports = models.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/from "([^"]+)"/g)]
        .map((match) => match[1])
        .filter((from) => !from.startsWith("@medusajs/") && !from.startsWith("./") && !/lib\/\w+\/vocabulary$/.test(from))
        .map((from) => `${rel(path)} imports ${from}`)
    )
    expect(imports).toEqual([])
  })

  it("makes step files export steps (and their input types) only", () => {
    const steps = filesUnder(join(SRC, "workflows")).filter((path) => path.includes("/steps/"))
    const others = steps.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/^export (?:async )?(?:const|function|class|let) (\w+)/gm)]
        .map((match) => match[1])
        .filter((name) => !name.endsWith("Step"))
        .map((name) => `${rel(path)}: ${name}`)
    )
    expect(others).toEqual([])
  })
})
