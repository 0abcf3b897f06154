// `npm test`: typecheck, unit tests, module tests and HTTP integration tests, in that order,
// against a real PostgreSQL found like the demo finds it. `npm test -- <suite>` runs one suite;
// further arguments go to jest (e.g. `npm run test:http -- companies`).
import { spawn } from "node:child_process"
import { findPostgres, projectRoot, testUtilsEnv } from "./db.mjs"

const SUITES = ["typecheck", "unit", "modules", "http"]
const [first, ...rest] = process.argv.slice(2)
const selected = SUITES.includes(first) ? [first] : SUITES
const jestArgs = SUITES.includes(first) ? rest : process.argv.slice(2)

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const bin = (name) => `${projectRoot}/node_modules/.bin/${name}`

let server
let failed = false
try {
  if (selected.some((s) => s !== "typecheck")) {
    server = await findPostgres({ log: (m) => console.log(`[db] ${m}`) })
    console.log(`[test] database: ${server.source}`)
  }
  for (const suite of selected) {
    console.log(`\n[test] ── ${suite} ──`)
    const code =
      suite === "typecheck"
        ? await run(bin("tsc"), ["-p", "tsconfig.check.json"], {})
        : await run(
            "node",
            [
              // test-utils loads the Medusa config with a dynamic import, which jest's vm needs this flag for
              "--experimental-vm-modules",
              "--expose-gc",
              "--max-old-space-size=4096",
              bin("jest"),
              "--silent=false",
              "--runInBand",
              "--forceExit",
              "--passWithNoTests=false",
              ...jestArgs,
            ],
            { LOG_LEVEL: "error", ...testUtilsEnv(server), TEST_TYPE: suite, NODE_ENV: "test" }
          )
    if (code !== 0) {
      failed = true
      console.error(`[test] ${suite} failed (exit ${code})`)
      break
    }
  }
} finally {
  await server?.stop?.()
}
process.exit(failed ? 1 : 0)
