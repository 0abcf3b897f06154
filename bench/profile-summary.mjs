// `node bench/profile-summary.mjs <file.cpuprofile> [--from <text>] [--top N]`: where a server's CPU went.
// Reads a V8 CPU profile (written by `npm run bench -- --profile`, or any `node --cpu-prof`) and prints
// self time by area (the plugin's own code, each npm package, Node internals, idle/GC) and by function.
// `--from <text>` counts only samples from the first one whose stack has a frame whose URL or function
// name contains <text> (e.g. `--from prices/import` skips the server's boot).
import fs from "node:fs"

const [file, ...rest] = process.argv.slice(2)
if (!file) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [--from <text>] [--top N]")
  process.exit(1)
}
const option = (name) => {
  const i = rest.indexOf(name)
  return i >= 0 ? rest[i + 1] : undefined
}
const from = option("--from")
const top = Number(option("--top") ?? 25)

const profile = JSON.parse(fs.readFileSync(file, "utf8"))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

function area(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  if (url.startsWith("node:")) return "node internals"
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  if (/\/src\//.test(url)) return "plugin (src/)"
  return "other"
}

const stackHas = (id, text) => {
  for (let current = id; current !== undefined; current = parent.get(current)) {
    const frame = nodes.get(current).callFrame
    if (frame.url.includes(text) || frame.functionName.includes(text)) return true
  }
  return false
}

const byArea = new Map()
const byFunction = new Map()
let counting = !from
let totalUs = 0
profile.samples.forEach((id, i) => {
  if (!counting && stackHas(id, from)) counting = true
  if (!counting) return
  const us = profile.timeDeltas[i + 1] ?? 0
  const frame = nodes.get(id).callFrame
  const where = area(frame.url, frame.functionName)
  totalUs += us
  byArea.set(where, (byArea.get(where) ?? 0) + us)
  const name = `${frame.functionName || "(anonymous)"}  ${frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\//, "")}:${frame.lineNumber + 1}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + us)
})

const print = (title, map, limit) => {
  console.log(`\n${title}`)
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${name}`)
  }
}
console.log(`${(totalUs / 1e6).toFixed(1)} s of samples${from ? ` from the first stack with "${from}"` : ""}`)
print("self time by area", byArea, 40)
print("self time by function", byFunction, top)
