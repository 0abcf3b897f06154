import type { DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"

/**
 * A list's search, filters, order and page kept in the page's URL, like Medusa's own lists (`q`, `order`,
 * `offset` and one parameter per filter): a reload, a shared link or the back button shows the same page.
 */
export function useListSearchParams<F extends string>(options: { pageSize: number; defaultOrder: string; filters: readonly F[] }) {
  const [params, setParams] = useSearchParams()
  const update = (changes: Record<string, string | undefined>, resetPage = true) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries({ ...(resetPage && { offset: undefined }), ...changes })) {
          if (value === undefined || value === "") next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true }
    )
  }

  const q = params.get("q") ?? ""
  const order = params.get("order") ?? options.defaultOrder
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const filterKey = options.filters.map((f) => params.get(f) ?? "").join("|")
  const filtering = useMemo(
    () => Object.fromEntries(options.filters.flatMap((f) => (params.get(f) ? [[f, params.get(f)]] : []))) as Partial<Record<F, string>>,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey]
  )
  const pagination: DataTablePaginationState = useMemo(
    () => ({ pageIndex: Math.floor(offset / options.pageSize), pageSize: options.pageSize }),
    [offset, options.pageSize]
  )
  const sorting: DataTableSortingState = useMemo(() => ({ id: order.replace(/^-/, ""), desc: order.startsWith("-") }), [order])

  return {
    q,
    order,
    offset,
    filtering,
    pagination,
    sorting,
    setSearch: (value: string) => update({ q: value || undefined }),
    setFiltering: (state: Record<string, unknown>) =>
      update(Object.fromEntries(options.filters.map((f) => [f, typeof state[f] === "string" ? (state[f] as string) : undefined]))),
    setSorting: (state: DataTableSortingState) => update({ order: `${state.desc ? "-" : ""}${state.id}` }),
    setPagination: (state: DataTablePaginationState) =>
      update({ offset: state.pageIndex ? String(state.pageIndex * state.pageSize) : undefined }, false),
  }
}
