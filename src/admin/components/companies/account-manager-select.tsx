import { Select } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

const NONE = "__none__"

type AccountManagerSelectProps = {
  id: string
  value: string
  onChange: (userId: string) => void
}

/** Picks the admin user who looks after the company; empty means nobody in particular. */
export const AccountManagerSelect = ({ id, value, onChange }: AccountManagerSelectProps) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["b2b-admin-users"],
    queryFn: () => sdk.admin.user.list({ limit: 100, fields: "id,email,first_name,last_name" }),
  })
  const users = data?.users ?? []
  const placeholder = isLoading ? "Loading users…" : isError ? "Users could not be loaded" : "Nobody assigned"

  return (
    <Select value={value || NONE} onValueChange={(next) => onChange(next === NONE ? "" : next)} disabled={isError}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>Nobody assigned</Select.Item>
        {users.map((user) => (
          <Select.Item key={user.id} value={user.id}>
            {[user.first_name, user.last_name].filter(Boolean).join(" ") || user.email}
          </Select.Item>
        ))}
        {value && !users.some((user) => user.id === value) && <Select.Item value={value}>{value}</Select.Item>}
      </Select.Content>
    </Select>
  )
}
