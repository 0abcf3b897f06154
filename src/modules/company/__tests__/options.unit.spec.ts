import { DEFAULT_INVITATION_TTL_DAYS, invitationAcceptUrl, resolveCompanyModuleOptions } from "../options"

describe("company module options", () => {
  it("fills in defaults and falls back on values that make no sense", () => {
    expect(resolveCompanyModuleOptions(undefined)).toEqual({ invitation_ttl_days: DEFAULT_INVITATION_TTL_DAYS, invitation_accept_url: null })
    expect(resolveCompanyModuleOptions({ invitation_ttl_days: 3 }).invitation_ttl_days).toBe(3)
    for (const invitation_ttl_days of [0, -1, Number.NaN, 10_000]) {
      expect(resolveCompanyModuleOptions({ invitation_ttl_days }).invitation_ttl_days).toBe(14)
    }
    expect(resolveCompanyModuleOptions({ invitation_accept_url: "  " }).invitation_accept_url).toBeNull()
  })

  it("puts the token into the storefront's accept link, escaped", () => {
    const options = resolveCompanyModuleOptions({ invitation_accept_url: "https://shop.test/invite?token={token}" })
    expect(invitationAcceptUrl(options, "a+b/c")).toBe("https://shop.test/invite?token=a%2Bb%2Fc")
    expect(invitationAcceptUrl(resolveCompanyModuleOptions({}), "abc")).toBeNull()
  })
})
