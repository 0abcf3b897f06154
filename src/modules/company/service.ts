import { createHash, randomBytes } from "node:crypto"
import type { InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { transactionOf, whenLockGranted, type TxContext } from "../../lib/db/row-locks"
import { lastAdminMessage, wouldLeaveCompanyWithoutAdmin, type MembershipChange } from "../../lib/company/admins"
import type { AddressField, CompanyStatus, EmployeeRole, InvitationStatus } from "../../lib/company/vocabulary"
import { statusChangeRefusal } from "../../lib/company/status-changes"
import { Company } from "./models/company"
import { Employee } from "./models/employee"
import { CompanyInvitation } from "./models/invitation"
import { CompanyAddress } from "./models/address"
import type { PluginOptions } from "../../lib/plugin-options"
import { PLUGIN_OPTIONS_REGISTRATION } from "./loaders/plugin-options"
import { resolveCompanyModuleOptions, type ResolvedCompanyModuleOptions } from "./options"

export type EmployeeRecord = InferTypeOf<typeof Employee>
export type InvitationRecord = InferTypeOf<typeof CompanyInvitation>
export type CompanyAddressRecord = InferTypeOf<typeof CompanyAddress>

/** The fields of a company address a caller may set. */
export type CompanyAddressData = Partial<Pick<CompanyAddressRecord, "kind" | "label" | "is_default" | AddressField>>

export interface CompanyAddressWrite {
  company_id: string
  /** The address to change; a new one is created without it. */
  id?: string
  data: CompanyAddressData
}

export interface CompanyAddressWriteResult {
  address: CompanyAddressRecord
  /** The address as it was; null when it was created. */
  before: CompanyAddressRecord | null
  /** The delivery site that was the default until this write took it. */
  previous_default_id: string | null
}

/** How long a membership change waits for another one on the same company before giving up. */
const LOCK_TIMEOUT = "5s"
const DAY_MS = 24 * 60 * 60 * 1000

/** What a membership change does to one employee. */
export type MembershipUpdate =
  | { kind: "update"; role?: EmployeeRole; spending_limit?: number | null }
  | { kind: "remove" }
  | { kind: "leave" }

export interface ChangeMembershipInput {
  company_id: string
  employee_id: string
  change: MembershipUpdate
  /** The merchant may remove a company's only employee; nobody may leave colleagues without an admin. */
  allow_empty_company?: boolean
}

/** An employee as it was before a change, enough to put it back. */
export interface MembershipSnapshot {
  id: string
  customer_id: string
  role: EmployeeRole
  spending_limit: number | null
  removed: boolean
}

export interface IssueInvitationInput {
  company_id: string
  email: string
  role: EmployeeRole
  spending_limit?: number | null
  invited_by?: string | null
  now?: Date
}

export interface AnswerInvitationInput {
  /** The invitation by id, or by the token sent to the invitee: exactly one. */
  invitation_id?: string
  token?: string
  accept: boolean
  /** The logged-in customer answering; the invitation must be addressed to their e-mail. */
  customer: { id: string; email: string; first_name?: string | null; last_name?: string | null }
  now?: Date
}

export interface InvitationAnswer {
  invitation: InvitationRecord
  employee: EmployeeRecord | null
}

export const hashInvitationToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")
export const normalizeEmail = (email: string) => email.trim().toLowerCase()


/** The company fields a list's `q` searches, as the model marks them searchable. */
const SEARCHABLE_COMPANY_FIELDS = ["name", "legal_name", "tax_id", "email"] as const

/** Many companies given one status; `only_from` refuses the change for a company in another status. */
export interface ChangeCompanyStatusesInput {
  ids: string[]
  status: CompanyStatus
  only_from?: CompanyStatus
  /** Merged into each company's metadata (e.g. how its application was decided). */
  metadata?: Record<string, unknown>
}

/** A company's status and metadata before a change, to put them back. */
export interface CompanyStatusSnapshot {
  id: string
  status: CompanyStatus
  metadata: Record<string, unknown> | null
}

/** A page of companies ordered by name, whatever the database's collation makes of letter case. */
export interface CompaniesByNameInput {
  q?: string
  status?: string[]
  ids?: string[]
  descending?: boolean
  skip: number
  take: number
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

class CompanyModuleService extends MedusaService({ Company, Employee, CompanyInvitation, CompanyAddress }) {
  protected readonly moduleContainer_: Record<string, unknown>

  constructor(container: Record<string, unknown>) {
    super(container)
    this.moduleContainer_ = container
  }

  /** The plugin's options from medusa-config, validated by the module's loader, with defaults applied. */
  getPluginOptions(): PluginOptions {
    return this.moduleContainer_[PLUGIN_OPTIONS_REGISTRATION] as PluginOptions
  }

  /** The options invitations use, with their defaults. */
  getOptions(): ResolvedCompanyModuleOptions {
    return resolveCompanyModuleOptions(this.getPluginOptions())
  }

  /**
   * Changes one employee's role or limit, or removes them, holding "a company keeps an admin" atomically:
   * the company row is locked for the transaction, so concurrent changes to the same company are judged
   * one after the other on what is committed. Returns the employee as it was, to undo the change.
   */
  @InjectTransactionManager()
  async changeMembership(input: ChangeMembershipInput, @MedusaContext() sharedContext: TxContext = {}): Promise<MembershipSnapshot> {
    const company = await this.lockCompany_(input.company_id, sharedContext)
    const employees = await this.listEmployees({ company_id: input.company_id }, { select: ["id", "customer_id", "role", "spending_limit"] }, sharedContext)
    const employee = employees.find((e) => e.id === input.employee_id)
    if (!employee) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id "${input.employee_id}" was not found`)
    }
    const change: MembershipChange =
      input.change.kind === "update"
        ? { kind: "role", employee_id: employee.id, role: input.change.role ?? employee.role }
        : { kind: input.change.kind, employee_id: employee.id }
    if (wouldLeaveCompanyWithoutAdmin(employees, change, { allowEmptyCompany: input.allow_empty_company })) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, lastAdminMessage(company.name, change))
    }
    const before: MembershipSnapshot = {
      id: employee.id,
      customer_id: employee.customer_id,
      role: employee.role,
      spending_limit: employee.spending_limit === null || employee.spending_limit === undefined ? null : Number(employee.spending_limit),
      removed: input.change.kind !== "update",
    }
    if (input.change.kind === "update") {
      const { role, spending_limit } = input.change
      await this.updateEmployees(
        { id: employee.id, ...(role !== undefined && { role }), ...(spending_limit !== undefined && { spending_limit }) },
        sharedContext
      )
    } else {
      await this.softDeleteEmployees([employee.id], {}, sharedContext)
    }
    return before
  }

  /** Puts an employee back as `changeMembership` found them (a workflow's compensation). */
  @InjectTransactionManager()
  async restoreMembership(before: MembershipSnapshot, @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    if (before.removed) {
      await this.restoreEmployees([before.id], {}, sharedContext)
      return
    }
    await this.updateEmployees({ id: before.id, role: before.role, spending_limit: before.spending_limit }, sharedContext)
  }

  /**
   * Opens an invitation and returns it with its token, the only time the token is known. A pending
   * invitation to the same address that has expired is closed first; a live one is refused.
   */
  @InjectTransactionManager()
  async issueInvitation(
    input: IssueInvitationInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ invitation: InvitationRecord; token: string }> {
    const now = input.now ?? new Date()
    const email = normalizeEmail(input.email)
    const company = await this.lockCompany_(input.company_id, sharedContext)
    const colleagues = await this.listEmployees({ company_id: company.id, email }, { select: ["id"] }, sharedContext)
    if (colleagues.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already an employee of "${company.name}".`)
    }
    const [open] = await this.listCompanyInvitations({ company_id: company.id, email, status: "pending" }, {}, sharedContext)
    if (open && new Date(open.expires_at) > now) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${email} already has a pending invitation to "${company.name}"; revoke it to send a new one.`
      )
    }
    if (open) {
      await this.updateCompanyInvitations({ id: open.id, status: "expired" }, sharedContext)
    }
    const token = randomBytes(32).toString("base64url")
    const invitation = await this.createCompanyInvitations(
      {
        company_id: company.id,
        email,
        role: input.role,
        spending_limit: input.spending_limit ?? null,
        token_hash: hashInvitationToken(token),
        status: "pending",
        expires_at: new Date(now.getTime() + this.getOptions().invitation_ttl_days * DAY_MS),
        invited_by: input.invited_by ?? null,
      },
      sharedContext
    )
    return { invitation, token }
  }

  /**
   * Accepts or declines an invitation for the customer it is addressed to. Accepting creates the employee
   * in the same transaction. An invitation addressed to someone else is not found, like a missing one.
   * A customer who already works for a company cannot accept: they leave it first.
   */
  @InjectTransactionManager()
  async answerInvitation(input: AnswerInvitationInput, @MedusaContext() sharedContext: TxContext = {}): Promise<InvitationAnswer> {
    const now = input.now ?? new Date()
    const email = normalizeEmail(input.customer.email ?? "")
    const filters = input.token ? { token_hash: hashInvitationToken(input.token) } : { id: input.invitation_id ?? "" }
    const [found] = await this.listCompanyInvitations({ ...filters, email }, { select: ["id"] }, sharedContext)
    if (!found || !email) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Invitation was not found")
    }
    const knex = this.transaction_(sharedContext)
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    await this.locked_(knex("company_invitation").where({ id: found.id }).forUpdate().select("id"))
    const [invitation] = await this.listCompanyInvitations({ id: found.id }, {}, sharedContext)
    if (invitation.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invitation was already ${invitation.status}.`)
    }
    if (new Date(invitation.expires_at) <= now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This invitation expired on ${new Date(invitation.expires_at).toISOString()}; ask the company for a new one.`
      )
    }
    let employee: EmployeeRecord | null = null
    if (input.accept) {
      const company = await this.lockCompany_(invitation.company_id, sharedContext)
      const current = await this.listEmployees({ customer_id: input.customer.id }, { select: ["id"] }, sharedContext)
      if (current.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `You already belong to a company account; leave it before joining "${company.name}".`
        )
      }
      employee = await this.createEmployees(
        {
          company: company.id,
          customer_id: input.customer.id,
          email,
          first_name: input.customer.first_name ?? null,
          last_name: input.customer.last_name ?? null,
          role: invitation.role,
          spending_limit: invitation.spending_limit === null || invitation.spending_limit === undefined ? null : Number(invitation.spending_limit),
        },
        sharedContext
      )
    }
    const answered = await this.updateCompanyInvitations(
      {
        id: invitation.id,
        status: (input.accept ? "accepted" : "declined") satisfies InvitationStatus,
        answered_at: now,
        customer_id: input.customer.id,
      },
      sharedContext
    )
    return { invitation: answered, employee }
  }

  /** Undoes an answer (a workflow's compensation): the invitation is pending again, the employee gone. */
  @InjectTransactionManager()
  async reopenInvitation(input: { invitation_id: string; employee_id?: string | null }, @MedusaContext() sharedContext: TxContext = {}) {
    if (input.employee_id) {
      await this.deleteEmployees([input.employee_id], sharedContext)
    }
    await this.updateCompanyInvitations({ id: input.invitation_id, status: "pending", answered_at: null, customer_id: null }, sharedContext)
  }

  /** Closes every pending invitation whose time is up; returns their ids. */
  @InjectTransactionManager()
  async expireInvitations(now: Date = new Date(), @MedusaContext() sharedContext: TxContext = {}): Promise<string[]> {
    const due = await this.listCompanyInvitations({ status: "pending", expires_at: { $lte: now } }, { select: ["id"] }, sharedContext)
    if (due.length) {
      await this.updateCompanyInvitations(due.map((i) => ({ id: i.id, status: "expired" as const })), sharedContext)
    }
    return due.map((i) => i.id)
  }

  /**
   * Gives the companies a status in one transaction, their rows locked, so two merchants deciding the same
   * application cannot both approve it. A missing company is 404 and changes nothing; so does one `only_from`
   * refuses. Returns the companies as they were.
   */
  @InjectTransactionManager()
  async changeCompanyStatuses(
    input: ChangeCompanyStatusesInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<CompanyStatusSnapshot[]> {
    const ids = [...new Set(input.ids)]
    const knex = this.transaction_(sharedContext)
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    const rows: { id: string; name: string; status: CompanyStatus; metadata: Record<string, unknown> | null }[] = await this.locked_(
      knex("company").whereIn("id", ids).whereNull("deleted_at").forUpdate().select("id", "name", "status", "metadata")
    )
    const missing = ids.filter((id) => !rows.some((row) => row.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id "${missing.join('", "')}" was not found`)
    }
    const refused = rows.map((row) => statusChangeRefusal(row, input.status, input.only_from)).find(Boolean)
    if (refused) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    }
    await this.updateCompanies(
      rows.map((row) => ({
        id: row.id,
        status: input.status,
        ...(input.metadata && { metadata: { ...(row.metadata ?? {}), ...input.metadata } }),
      })),
      sharedContext
    )
    return rows.map((row) => ({ id: row.id, status: row.status, metadata: row.metadata }))
  }

  /** Puts companies back as `changeCompanyStatuses` found them (a workflow's compensation). */
  @InjectTransactionManager()
  async restoreCompanyStatuses(before: CompanyStatusSnapshot[], @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    if (before.length) {
      await this.updateCompanies(
        before.map((company) => ({ id: company.id, status: company.status, metadata: company.metadata })),
        sharedContext
      )
    }
  }

  /**
   * The ids of one page of companies ordered by name without regard to case ("acme" beside "Acme", before
   * "Bolt"), and how many match. Query's `order` compares names byte by byte under the C collation.
   */
  @InjectManager()
  async listCompanyIdsByName(
    input: CompaniesByNameInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ ids: string[]; count: number }> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    if (!manager) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "No database manager for the company list.")
    }
    const knex = manager.getKnex()
    const matching = knex("company").whereNull("deleted_at")
    if (input.status?.length) {
      matching.whereIn("status", input.status)
    }
    if (input.ids) {
      matching.whereIn("id", input.ids)
    }
    if (input.q) {
      const pattern = `%${escapeLike(input.q)}%`
      matching.where((any) => {
        for (const field of SEARCHABLE_COMPANY_FIELDS) {
          any.orWhere(field, "ilike", pattern)
        }
      })
    }
    const direction = input.descending ? "desc" : "asc"
    const [counted, rows] = await Promise.all([
      matching.clone().count<{ count: string }[]>({ count: "*" }),
      matching.clone().select("id").orderByRaw(`lower(name) ${direction}, id ${direction}`).offset(input.skip).limit(input.take),
    ])
    return { ids: rows.map((row: { id: string }) => row.id), count: Number(counted[0]?.count ?? 0) }
  }

  /**
   * Creates or changes a company address in one transaction. A new default delivery site takes the default from
   * the previous one; a second billing address is refused (the partial unique index on billing addresses holds
   * the rule against concurrent writers too). Returns what `undoCompanyAddressWrite` needs to put things back.
   */
  @InjectTransactionManager()
  async writeCompanyAddress(input: CompanyAddressWrite, @MedusaContext() sharedContext: TxContext = {}): Promise<CompanyAddressWriteResult> {
    const [before] = input.id
      ? await this.listCompanyAddresses({ id: input.id, company_id: input.company_id }, {}, sharedContext)
      : [null]
    if (input.id && !before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company address with id "${input.id}" was not found`)
    }
    const kind = input.data.kind ?? before?.kind ?? "shipping"
    // Only a delivery site is offered first; the billing address is the only one of its kind.
    const isDefault = kind === "shipping" && (input.data.is_default ?? (input.data.kind ? false : before?.is_default) ?? false)
    if (kind === "billing") {
      const [billing] = await this.listCompanyAddresses({ company_id: input.company_id, kind: "billing" }, { select: ["id"] }, sharedContext)
      if (billing && billing.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The company already has a billing address; change that one, or delete it first."
        )
      }
    }
    let previousDefaultId: string | null = null
    if (isDefault) {
      // Cleared by a statement that runs now: the ORM would write its insert before its updates, and the index
      // allowing one default delivery site per company would refuse the new one.
      const cleared: { id: string }[] = await this.transaction_(sharedContext)("company_address")
        .where({ company_id: input.company_id, kind: "shipping", is_default: true })
        .whereNull("deleted_at")
        .whereNot("id", input.id ?? "")
        .update({ is_default: false, updated_at: new Date() })
        .returning("id")
      previousDefaultId = cleared[0]?.id ?? null
    }
    const data = { ...input.data, kind, is_default: isDefault }
    const address = before
      ? await this.updateCompanyAddresses({ ...data, id: before.id }, sharedContext)
      : await this.createCompanyAddresses({ ...data, company_id: input.company_id }, sharedContext)
    return { address, before: before ?? null, previous_default_id: previousDefaultId }
  }

  /** Undoes `writeCompanyAddress` (a workflow's compensation). */
  @InjectTransactionManager()
  async undoCompanyAddressWrite(result: CompanyAddressWriteResult, @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    // Plain statements, in this order: the written address gives up the default before the old default takes it back.
    const knex = this.transaction_(sharedContext)
    if (result.before) {
      const { id, company_id: _company, created_at: _created, updated_at: _updated, deleted_at: _deleted, ...fields } = result.before
      await knex("company_address").where({ id }).update({ ...fields, updated_at: new Date() })
    } else {
      await knex("company_address").where({ id: result.address.id }).delete()
    }
    if (result.previous_default_id) {
      await knex("company_address").where({ id: result.previous_default_id }).update({ is_default: true, updated_at: new Date() })
    }
  }

  private transaction_(sharedContext: TxContext) {
    return transactionOf(sharedContext, "Membership changes")
  }

  private async locked_<T>(query: PromiseLike<T>): Promise<T> {
    return await whenLockGranted(query, "Another change to this company's members is in progress; try again in a moment.")
  }

  /** Locks the company's row until the transaction ends; a missing or deleted company is 404. */
  private async lockCompany_(companyId: string, sharedContext: TxContext): Promise<{ id: string; name: string }> {
    const knex = this.transaction_(sharedContext)
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    const rows: { id: string; name: string }[] = await this.locked_(
      knex("company").where({ id: companyId }).whereNull("deleted_at").forUpdate().select("id", "name")
    )
    if (!rows[0]) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id "${companyId}" was not found`)
    }
    return rows[0]
  }
}

export default CompanyModuleService
