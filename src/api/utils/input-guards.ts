import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pathNulProblem, unstorableInputProblem } from "../../lib/input/nul"

/** Medusa reads query keys at most two levels deep (`a.b`) and answers a deeper one with a 500. */
const MAX_QUERY_KEY_DOTS = 1

/** The first reason the request's path, query or JSON body cannot be taken as input; null when it can. */
export function requestInputProblem(req: Pick<MedusaRequest, "originalUrl" | "query" | "body">): string | null {
  const path = (req.originalUrl ?? "").split("?")[0]
  const deepKey = Object.keys(req.query ?? {}).find((key) => key.split(".").length - 1 > MAX_QUERY_KEY_DOTS)
  return (
    pathNulProblem(path) ??
    unstorableInputProblem(req.query, "query parameter") ??
    (deepKey ? `query parameter ${deepKey} nests deeper than two levels (a.b)` : null) ??
    unstorableInputProblem(req.body, "body")
  )
}

/**
 * Refuses, with a 400 naming where, input that would otherwise reach PostgreSQL or Medusa's query
 * parser and come back as a 500: a NUL character anywhere, JSON nested past any real document.
 */
export function refuseUnstorableInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = requestInputProblem(req)
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}

export const inputGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [refuseUnstorableInput] },
  { matcher: "/store*", middlewares: [refuseUnstorableInput] },
]
