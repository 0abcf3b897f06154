import { Input, Text, clx } from "@medusajs/ui"

export type SearchPickerOption = { key: string; title: string; detail?: string }

type SearchPickerProps<T> = {
  id: string
  name?: string
  placeholder: string
  /** What the field shows: the admin's search, or the picked record. */
  text: string
  onTextChange: (text: string) => void
  /** Whether the list of matches shows (a search is typed and nothing is picked). */
  open: boolean
  listLabel: string
  results: { isLoading: boolean; isError: boolean; options: T[] }
  describe: (option: T) => SearchPickerOption
  onPick: (option: T) => void
  emptyText: string
  errorText: string
  invalid?: boolean
}

/** A search field with the matching records below it; picking one fills the field. */
export function SearchPicker<T>({
  id,
  name,
  placeholder,
  text,
  onTextChange,
  open,
  listLabel,
  results,
  describe,
  onPick,
  emptyText,
  errorText,
  invalid,
}: SearchPickerProps<T>) {
  const note = (className: string, message: string) => (
    <Text size="small" className={clx("px-3 py-2", className)}>
      {message}
    </Text>
  )
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        name={name}
        type="search"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        aria-invalid={invalid || undefined}
        onChange={(event) => onTextChange(event.target.value)}
      />
      {open && (
        <div className="shadow-borders-base bg-ui-bg-base rounded-md" role="listbox" aria-label={listLabel}>
          {results.isError
            ? note("text-ui-fg-error", errorText)
            : results.isLoading
              ? note("text-ui-fg-muted", "Searching…")
              : results.options.length === 0
                ? note("text-ui-fg-muted", emptyText)
                : results.options.map((option) => {
                    const { key, title, detail } = describe(option)
                    return (
                      <button
                        key={key}
                        type="button"
                        role="option"
                        aria-selected={false}
                        className={clx(
                          "hover:bg-ui-bg-base-hover flex w-full flex-col items-start px-3 py-2 text-left",
                          "first:rounded-t-md last:rounded-b-md"
                        )}
                        onClick={() => onPick(option)}
                      >
                        <Text size="small" leading="compact" weight="plus">
                          {title}
                        </Text>
                        {detail && (
                          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                            {detail}
                          </Text>
                        )}
                      </button>
                    )
                  })}
        </div>
      )}
    </div>
  )
}
