import { PencilSquare, Trash, User } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { lastAdminMessage, wouldLeaveCompanyWithoutAdmin, type MembershipChange } from "../../../lib/company/admins"
import { formatAmount, personName } from "../../lib/format"
import { useRemoveEmployee } from "../../lib/mutations"
import type { AdminCompany, AdminEmployee } from "../../lib/types"
import { ActionMenu } from "../common/action-menu"
import { AddEmployeeDrawer } from "./add-employee-drawer"
import { useConfirmedAction } from "../common/confirmed-action"
import { EditEmployeeDrawer } from "./edit-employee-drawer"
import { SectionEmpty } from "../common/section-states"
import { EmployeeRoleBadge } from "./employee-role-badge"

/** The people who act for the company, their roles and spending limits. */
export const CompanyEmployeesSection = ({ company }: { company: AdminCompany }) => {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<AdminEmployee | null>(null)
  const confirmAction = useConfirmedAction()
  const removeEmployee = useRemoveEmployee(company.id)
  const employees = company.employees ?? []

  const handleRemove = (employee: AdminEmployee) => {
    const who = personName(employee) || employee.email || "this employee"
    // The merchant may remove a company's only employee, never its last admin while colleagues remain.
    const change: MembershipChange = { kind: "remove", employee_id: employee.id }
    if (wouldLeaveCompanyWithoutAdmin(employees, change, { allowEmptyCompany: true })) {
      toast.error(lastAdminMessage(company.name, change))
      return Promise.resolve(false)
    }
    return confirmAction({
      title: `Remove ${who}?`,
      description: `${who} leaves ${company.name} and its customer group, and no longer sees its prices. The customer account stays.`,
      confirmText: "Remove",
      run: () => removeEmployee.mutateAsync(employee.id),
      success: `${who} was removed from ${company.name}`,
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Employees</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customers who order for the company.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          Add employee
        </Button>
      </div>
      {employees.length === 0 ? (
        <SectionEmpty
          title="No employees yet"
          description="Add a customer by email; they then see the company's prices and can order for it."
        />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Spending limit</Table.HeaderCell>
              <Table.HeaderCell className="w-10" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {employees.map((employee) => (
              <Table.Row key={employee.id} data-testid="employee-row">
                <Table.Cell>
                  <Link
                    to={`/customers/${employee.customer_id}`}
                    className="text-ui-fg-base hover:text-ui-fg-interactive flex items-center gap-x-2"
                  >
                    <User className="text-ui-fg-muted" />
                    {personName(employee) || "-"}
                  </Link>
                </Table.Cell>
                <Table.Cell>{employee.email ?? "-"}</Table.Cell>
                <Table.Cell>
                  <EmployeeRoleBadge role={employee.role} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatAmount(employee.spending_limit, company.currency_code, "No limit")}
                </Table.Cell>
                <Table.Cell>
                  <ActionMenu
                    label={`Actions for ${employee.email ?? employee.id}`}
                    groups={[
                      [{ label: "Edit role and limit", icon: <PencilSquare />, onClick: () => setEditing(employee) }],
                      [{ label: "Remove", icon: <Trash />, onClick: () => handleRemove(employee) }],
                    ]}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <AddEmployeeDrawer company={company} open={adding} onOpenChange={setAdding} />
      <EditEmployeeDrawer company={company} employee={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}
