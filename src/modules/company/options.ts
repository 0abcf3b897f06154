// The company module's options, with their defaults. A host sets them on the module (or the plugin).

export interface CompanyModuleOptions {
  /** Days an invitation to join a company stays open. */
  invitation_ttl_days?: number
  /**
   * The storefront page that accepts an invitation, with `{token}` where the token goes, e.g.
   * `https://shop.example.com/account/invitations?token={token}`. Without it the event carries no link.
   */
  invitation_accept_url?: string
}

export const DEFAULT_INVITATION_TTL_DAYS = 14

export interface ResolvedCompanyModuleOptions {
  invitation_ttl_days: number
  invitation_accept_url: string | null
}

/** The options with defaults filled in; a value that makes no sense falls back to the default. */
export function resolveCompanyModuleOptions(options: CompanyModuleOptions | undefined | null): ResolvedCompanyModuleOptions {
  const ttl = Number(options?.invitation_ttl_days)
  return {
    invitation_ttl_days: Number.isFinite(ttl) && ttl > 0 && ttl <= 365 ? ttl : DEFAULT_INVITATION_TTL_DAYS,
    invitation_accept_url:
      typeof options?.invitation_accept_url === "string" && options.invitation_accept_url.trim()
        ? options.invitation_accept_url.trim()
        : null,
  }
}

/** The link to accept an invitation, when the storefront's page is known. */
export function invitationAcceptUrl(options: ResolvedCompanyModuleOptions, token: string): string | null {
  return options.invitation_accept_url
    ? options.invitation_accept_url.replace("{token}", encodeURIComponent(token))
    : null
}
