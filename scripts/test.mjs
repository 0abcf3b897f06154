// `npm test`: typecheck, unit tests, module tests and HTTP integration tests, in that order,
// against a real PostgreSQL found like the demo finds it. `npm test -- <suite>` runs one suite;
// further arguments go to jest (e.g. `npm run test:http -- companies`).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
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
const totals = { passed: 0, failed: 0, skipped: 0 }
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-jest-"))

/** Adds a jest run's counts (from its --json output) to the totals printed at the end. */
function count(suite) {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(resultsDir, `${suite}.json`), "utf8"))
    totals.passed += report.numPassedTests
    totals.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  } catch {
    totals.failed += 1 // the run died before it could report
  }
}
try {
  if (selected.some((s) => s !== "typecheck")) {
    server = await findPostgres({ log: (m) => console.log(`[db] ${m}`) })
    console.log(`[test] database: ${server.source}`)
  }
  for (const suite of selected) {
    console.log(`\n[test] ── ${suite} ──`)
    const code =
      suite === "typecheck"
        ? // the server side, tests and seeds; then the admin extensions, compiled for the browser
          (await run(bin("tsc"), ["-p", "tsconfig.check.json"], {})) || (await run(bin("tsc"), ["--noEmit", "-p", "src/admin/tsconfig.json"], {}))
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
              "--json",
              `--outputFile=${path.join(resultsDir, `${suite}.json`)}`,
              ...jestArgs,
            ],
            { LOG_LEVEL: "error", ...testUtilsEnv(server), TEST_TYPE: suite, NODE_ENV: "test" }
          )
    if (suite !== "typecheck") {
      count(suite)
    }
    if (code !== 0) {
      failed = true
      console.error(`[test] ${suite} failed (exit ${code})`)
      break
    }
  }
} finally {
  await server?.stop?.()
  fs.rmSync(resultsDir, { recursive: true, force: true })
}
if (selected.some((s) => s !== "typecheck")) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
}
process.exit(failed ? 1 : 0)
