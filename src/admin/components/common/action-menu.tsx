import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type MenuAction = {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
}

/** The "…" menu of a section header or table row, grouped like Medusa's own. */
export const ActionMenu = ({ groups, label = "Actions" }: { groups: MenuAction[][]; label?: string }) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <IconButton size="small" variant="transparent" aria-label={label}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content>
      {groups
        .filter((group) => group.length > 0)
        .map((group, index, all) => (
          <DropdownMenu.Group key={index}>
            {group.map((action) => (
              <DropdownMenu.Item
                key={action.label}
                disabled={action.disabled}
                className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
                onClick={(event) => {
                  event.stopPropagation()
                  action.onClick()
                }}
              >
                {action.icon}
                <span>{action.label}</span>
              </DropdownMenu.Item>
            ))}
            {index < all.length - 1 && <DropdownMenu.Separator />}
          </DropdownMenu.Group>
        ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
