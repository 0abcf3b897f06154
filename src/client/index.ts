// A typed client for the plugin's store routes, on top of the storefront's own `@medusajs/js-sdk`
// instance: it reuses that instance's base URL, publishable key and customer authentication.
//
//   import Medusa from "@medusajs/js-sdk"
//   import { createB2BClient } from "medusa-b2b-wholesale/client"
//   const sdk = new Medusa({ baseUrl, publishableKey, auth: { type: "session" } })
//   const b2b = createB2BClient(sdk)
//   const { company } = await b2b.company.retrieve()
import type Medusa from "@medusajs/js-sdk"
import type { ClientHeaders } from "@medusajs/js-sdk"
import type {
  StoreAddEmployeeBody,
  StoreApplyForCompanyBody,
  StoreCartCheckResponse,
  StoreCompanyAddressDeleteResponse,
  StoreCompanyAddressListParams,
  StoreCompanyAddressListResponse,
  StoreCompanyAddressResponse,
  StoreCreateCompanyAddressBody,
  StoreSetCartCompanyAddressBody,
  StoreSetCartCompanyAddressResponse,
  StoreUpdateCompanyAddressBody,
  StoreCompanyCreditResponse,
  StoreCompanyLedgerParams,
  StoreCompanyLedgerResponse,
  StoreCompanyMembershipResponse,
  StoreCompanyOrderListResponse,
  StoreCompanyPriceListResponse,
  StoreCompanyPriceParams,
  StoreCreateInvitationBody,
  StoreEmployeeDeleteResponse,
  StoreEmployeeListResponse,
  StoreEmployeeResponse,
  StoreInvitationAnswerResponse,
  StoreInvitationDeleteResponse,
  StoreInvitationListParams,
  StoreInvitationListResponse,
  StoreInvitationResponse,
  StoreLeaveCompanyResponse,
  StoreListParams,
  StoreQuantityRuleListResponse,
  StoreReceivedInvitationListResponse,
  StoreUpdateCompanyBody,
  StoreUpdateEmployeeBody,
} from "../types/store"

export type * from "../types/store"

/** Headers for one call, e.g. Next.js cache tags (`{ next: { tags: ["company"] } }`) or an auth header. */
export type B2BRequestHeaders = ClientHeaders

const id = (value: string) => encodeURIComponent(value)

export function createB2BClient(sdk: Medusa) {
  const fetch = <T>(
    path: string,
    init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: object; headers?: B2BRequestHeaders } = {}
  ) =>
    sdk.client.fetch<T>(path, {
      method: init.method ?? "GET",
      ...(init.body !== undefined && { body: init.body }),
      ...(init.query && { query: init.query as Record<string, unknown> }),
      ...(init.headers && { headers: init.headers }),
    })

  return {
    company: {
      /** The logged-in customer's company and employee record; 404 without a company. */
      retrieve: (headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyMembershipResponse>("/store/companies/me", { headers }),
      /** Applies for a company account (pending until the merchant approves); the caller becomes its admin. */
      apply: (body: StoreApplyForCompanyBody, headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyMembershipResponse>("/store/companies", { method: "POST", body, headers }),
      /** A company admin edits the company's name and contact data. */
      update: (body: StoreUpdateCompanyBody, headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyMembershipResponse>("/store/companies/me", { method: "POST", body, headers }),

      // Membership: leaving the company, and a company admin's invitations (the invitee's side is `invitations`)

      /** The logged-in employee leaves their company (its last admin cannot). */
      leave: (headers?: B2BRequestHeaders) =>
        fetch<StoreLeaveCompanyResponse>("/store/companies/me/leave", { method: "POST", headers }),
      // The company's billing address and delivery sites: every employee lists them, its admins change them.
      addresses: {
        list: (query?: StoreCompanyAddressListParams, headers?: B2BRequestHeaders) =>
          fetch<StoreCompanyAddressListResponse>("/store/companies/me/addresses", { query, headers }),
        retrieve: (addressId: string, headers?: B2BRequestHeaders) =>
          fetch<StoreCompanyAddressResponse>(`/store/companies/me/addresses/${id(addressId)}`, { headers }),
        create: (body: StoreCreateCompanyAddressBody, headers?: B2BRequestHeaders) =>
          fetch<StoreCompanyAddressResponse>("/store/companies/me/addresses", { method: "POST", body, headers }),
        update: (addressId: string, body: StoreUpdateCompanyAddressBody, headers?: B2BRequestHeaders) =>
          fetch<StoreCompanyAddressResponse>(`/store/companies/me/addresses/${id(addressId)}`, { method: "POST", body, headers }),
        delete: (addressId: string, headers?: B2BRequestHeaders) =>
          fetch<StoreCompanyAddressDeleteResponse>(`/store/companies/me/addresses/${id(addressId)}`, { method: "DELETE", headers }),
      },
      invitations: {
        list: (query?: StoreInvitationListParams, headers?: B2BRequestHeaders) =>
          fetch<StoreInvitationListResponse>("/store/companies/me/invitations", { query, headers }),
        /** Invites an e-mail address; the token reaches the invitee by e-mail only. */
        create: (body: StoreCreateInvitationBody, headers?: B2BRequestHeaders) =>
          fetch<StoreInvitationResponse>("/store/companies/me/invitations", { method: "POST", body, headers }),
        /** Revokes a pending invitation. */
        delete: (invitationId: string, headers?: B2BRequestHeaders) =>
          fetch<StoreInvitationDeleteResponse>(`/store/companies/me/invitations/${id(invitationId)}`, {
            method: "DELETE",
            headers,
          }),
      },
    },

    employees: {
      list: (query?: StoreListParams, headers?: B2BRequestHeaders) =>
        fetch<StoreEmployeeListResponse>("/store/companies/me/employees", { query, headers }),
      /** A company admin invites an e-mail address: the same as `company.invitations.create`. */
      create: (body: StoreAddEmployeeBody, headers?: B2BRequestHeaders) =>
        fetch<StoreInvitationResponse>("/store/companies/me/employees", { method: "POST", body, headers }),
      update: (employeeId: string, body: StoreUpdateEmployeeBody, headers?: B2BRequestHeaders) =>
        fetch<StoreEmployeeResponse>(`/store/companies/me/employees/${id(employeeId)}`, {
          method: "POST",
          body,
          headers,
        }),
      delete: (employeeId: string, headers?: B2BRequestHeaders) =>
        fetch<StoreEmployeeDeleteResponse>(`/store/companies/me/employees/${id(employeeId)}`, {
          method: "DELETE",
          headers,
        }),
    },

    orders: {
      /** The company's orders, every employee's (viewers included). */
      list: (query?: StoreListParams, headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyOrderListResponse>("/store/companies/me/orders", { query, headers }),
    },

    credit: {
      /** What the company may still buy on account, and which payment methods the buyer can use now. */
      retrieve: (headers?: B2BRequestHeaders) => fetch<StoreCompanyCreditResponse>("/store/companies/me/credit", { headers }),
      /** Company admins: the company's ledger (charges, payments, credit notes, adjustments). */
      ledger: (query?: StoreCompanyLedgerParams, headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyLedgerResponse>("/store/companies/me/ledger", { query, headers }),
    },

    prices: {
      /** The company's negotiated prices. */
      list: (query?: StoreCompanyPriceParams, headers?: B2BRequestHeaders) =>
        fetch<StoreCompanyPriceListResponse>("/store/companies/me/prices", { query, headers }),
      /** The whole price sheet as CSV text (the same columns the merchant imports). */
      exportCsv: async (headers?: B2BRequestHeaders): Promise<string> => {
        // js-sdk parses JSON only when JSON is asked for; otherwise it hands back the response
        const response = await fetch<Response>("/store/companies/me/prices", {
          query: { format: "csv" },
          headers: { ...headers, accept: "text/csv" },
        })
        return response.text()
      },
    },

    quantityRules: {
      /** The lot rule that governs each variant for the caller (at most 200 ids at once). */
      list: (variantIds: string | string[], headers?: B2BRequestHeaders) =>
        fetch<StoreQuantityRuleListResponse>("/store/quantity-rules", {
          query: { variant_id: Array.isArray(variantIds) ? variantIds : [variantIds] },
          headers,
        }),
    },

    cart: {
      /** What would stop the cart from being ordered, to say it before checkout. */
      check: (cartId: string, headers?: B2BRequestHeaders) =>
        fetch<StoreCartCheckResponse>(`/store/carts/${id(cartId)}/b2b-check`, { headers }),
      /** The cart takes one of the company's addresses as its shipping or billing address. */
      setCompanyAddress: (cartId: string, body: StoreSetCartCompanyAddressBody, headers?: B2BRequestHeaders) =>
        fetch<StoreSetCartCompanyAddressResponse>(`/store/carts/${id(cartId)}/company-address`, { method: "POST", body, headers }),
    },

    // Membership: invitations addressed to the logged-in customer
    invitations: {
      /** Pending invitations addressed to the logged-in customer's e-mail. */
      list: (query?: StoreListParams, headers?: B2BRequestHeaders) =>
        fetch<StoreReceivedInvitationListResponse>("/store/invitations", { query, headers }),
      /** Accepts with the token from the invitation e-mail. */
      acceptToken: (token: string, headers?: B2BRequestHeaders) =>
        fetch<StoreInvitationAnswerResponse>("/store/invitations/accept", { method: "POST", body: { token }, headers }),
      declineToken: (token: string, headers?: B2BRequestHeaders) =>
        fetch<StoreInvitationAnswerResponse>("/store/invitations/decline", { method: "POST", body: { token }, headers }),
      /** Accepts an invitation listed by `invitations.list`. */
      accept: (invitationId: string, headers?: B2BRequestHeaders) =>
        fetch<StoreInvitationAnswerResponse>(`/store/invitations/${id(invitationId)}/accept`, {
          method: "POST",
          headers,
        }),
      decline: (invitationId: string, headers?: B2BRequestHeaders) =>
        fetch<StoreInvitationAnswerResponse>(`/store/invitations/${id(invitationId)}/decline`, {
          method: "POST",
          headers,
        }),
    },
  }
}

export type B2BClient = ReturnType<typeof createB2BClient>
