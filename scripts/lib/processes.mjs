// Child processes of the bench and the browser test: every one is tracked so that Ctrl-C or a failure stops them all.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"

const children = new Set()

/** Runs a command with its output appended to a log file; resolves with the exit code. */
export function runLogged(command, args, { cwd, env, logFile, allowFailure = false }) {
  return new Promise((resolve, reject) => {
    fs.appendFileSync(logFile, `\n$ ${[command, ...args].join(" ")}  (in ${cwd})\n`)
    const out = fs.openSync(logFile, "a")
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
    fs.closeSync(out)
    children.add(child)
    child.on("exit", (code, signal) => {
      children.delete(child)
      const status = code ?? (signal ? 1 : 0)
      if (status === 0 || allowFailure) return resolve(status)
      const tail = fs
        .readFileSync(logFile, "utf8")
        .split("\n")
        .slice(-30)
        .map((line) => (line.length > 600 ? `${line.slice(0, 600)} …` : line))
        .join("\n")
      reject(new Error(`${args.slice(0, 2).join(" ")} failed (${signal ?? `exit ${code}`}); last lines of ${logFile}:\n${tail}`))
    })
  })
}

/** Starts a long-running process in its own process group, output to a log file. */
export function startLogged(command, args, { cwd, env, logFile, execArgv = [] }) {
  fs.writeFileSync(logFile, `$ ${[command, ...execArgv, ...args].join(" ")}  (in ${cwd})\n`)
  const out = fs.openSync(logFile, "a")
  const child = spawn(command, [...execArgv, ...args], { cwd, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

/** Stops a child (and its process group) with SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child, graceMs = 8000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      try {
        child.kill(sig)
      } catch {
        // already gone
      }
    }
  }
  signal("SIGTERM")
  const timer = setTimeout(() => signal("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

export async function stopAllChildren() {
  await Promise.all([...children].map((child) => stopChild(child)))
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", reject)
    probe.listen(0, () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}
