// The admin extensions as `medusa plugin:build` bundles them: the host decides where its backend is
// (`__BACKEND_URL__`, defined by the host's admin build), not a value fixed when the plugin was built.
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const root = path.resolve(__dirname, "../..")

/** Runs the admin bundler's plugin build (what `medusa plugin:build` calls) in a child process. */
function buildPluginAdmin(outDir: string): Promise<void> {
  // vite is ESM-only; a plain Node process loads it without jest's module sandbox
  const script = `require("@medusajs/admin-bundler").plugin({ root: process.argv[1], outDir: process.argv[2] })
    .then(() => process.exit(0), (error) => { console.error(error); process.exit(1) })`
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["-e", script, root, outDir],
      { cwd: root, env: { ...process.env, NODE_ENV: "production", VITE_BACKEND_URL: "http://baked.example:9000" } },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve())
    )
  })
}

function bundleText(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8"))
    .join("\n")
}

describe("the admin extensions built as a plugin", () => {
  let outDir: string
  let bundle: string

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-admin-bundle-"))
    await buildPluginAdmin(outDir)
    bundle = bundleText(path.join(outDir, "src", "admin"))
  }, 180_000)

  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true })
  })

  it("emits the admin entry points a host loads", () => {
    expect(fs.existsSync(path.join(outDir, "src/admin/index.mjs"))).toBe(true)
    expect(fs.existsSync(path.join(outDir, "src/admin/index.js"))).toBe(true)
    // the plugin's own pages are in it
    expect(bundle).toContain("/companies")
  })

  it("asks the host for its backend URL and auth settings instead of fixing them at build time", () => {
    expect(bundle).toContain("__BACKEND_URL__")
    expect(bundle).toContain("__AUTH_TYPE__")
    expect(bundle).toContain("__JWT_TOKEN_STORAGE_KEY__")
    expect(bundle).not.toContain("VITE_BACKEND_URL")
    expect(bundle).not.toContain("baked.example")
    expect(bundle).not.toContain("import.meta.env")
    // no absolute backend address of any kind
    expect(bundle).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/)
  })
})
