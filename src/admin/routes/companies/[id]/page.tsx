import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { companySections } from "../../../components/companies/sections"
import { SectionError } from "../../../components/common/section-states"
import { isNotFound } from "../../../lib/format"
import { useCompany } from "../../../lib/queries"

const DetailSkeleton = () => (
  <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4" aria-busy="true">
    <div className="flex w-full flex-col gap-y-3">
      <Skeleton className="h-44 w-full rounded-lg" />
      <Skeleton className="h-64 w-full rounded-lg" />
    </div>
    <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
      <Skeleton className="h-72 w-full rounded-lg" />
    </div>
  </div>
)

const CompanyDetailPage = () => {
  const { id } = useParams()
  const { data: company, isLoading, isError, error, refetch } = useCompany(id as string)

  if (isLoading) {
    return <DetailSkeleton />
  }

  if (isError || !company) {
    return (
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{isNotFound(error) ? "Company not found" : "The company could not be loaded"}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {isNotFound(error) ? "It may have been deleted. " : ""}
            <Link to="/companies" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
              <ArrowLeft className="inline" /> Back to companies
            </Link>
          </Text>
        </div>
        {!isNotFound(error) && <SectionError error={error} onRetry={() => refetch()} />}
      </Container>
    )
  }

  const render = (column: "main" | "side") =>
    companySections
      .filter((section) => section.column === column)
      .map(({ id: sectionId, Component }) => <Component key={sectionId} company={company} />)

  return (
    <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4">
      <div className="flex w-full min-w-0 flex-col gap-y-3">{render("main")}</div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">{render("side")}</div>
    </div>
  )
}

/** The company's name in the admin's breadcrumb, read from the page's own query. */
const CompanyBreadcrumb = ({ id }: { id: string }) => {
  const { data: company } = useCompany(id)
  return (
    <span className="inline-block max-w-[320px] truncate align-bottom" title={company?.name}>
      {company?.name ?? id}
    </span>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CompanyBreadcrumb id={(match.params as { id: string }).id} />,
}

export default CompanyDetailPage
