import { sdk } from "./sdk"

/** Fetches a CSV from an admin route (with the admin's session) and hands it to the browser as a file. */
export async function downloadCsv(path: string, filename: string, query?: Record<string, string | undefined>) {
  const response = await sdk.client.fetch<Response>(path, { headers: { accept: "text/csv" }, query })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
