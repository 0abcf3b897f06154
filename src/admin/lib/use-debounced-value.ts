import { useEffect, useState } from "react"

/** The value after it has stopped changing for `ms`, so a search is not sent on every key. */
export function useDebouncedValue<T>(value: T, ms = 250) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}
