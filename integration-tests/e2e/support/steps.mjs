// Steps and checks shared by the browser scenarios.

/** Throws with the message when the condition does not hold. */
export function check(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

/** Logs into the admin with the seeded admin user and waits for the dashboard. */
export const logIn = {
  name: "an admin logs into the admin",
  async run({ page, admin, screenshot }) {
    // The first visit of a fresh dev server bundles the admin's dependencies: allow it time.
    await page.goto("/app/login", { timeout: 240_000 })
    await page.locator('input[name="email"]').waitFor({ timeout: 240_000 })
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await screenshot("login")
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })
    await page.getByRole("link", { name: "Companies" }).first().waitFor()
  },
}

/** The toast Medusa's admin shows after an action, by its text. */
export async function waitForToast(page, text) {
  await page.locator("[data-sonner-toast]").filter({ hasText: text }).first().waitFor()
}
