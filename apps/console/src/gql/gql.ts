/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Dashboard($year: Int!) {\n    departments(pageSize: 200) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n        overduePaymentCount\n        breachCount\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query DashboardBase {\n    departments(pageSize: 200) {\n      items {\n        id\n        code\n        name\n        kind\n      }\n    }\n    regions {\n      code\n      name\n      level\n    }\n  }\n': typeof types.DashboardBaseDocument;
  '\n  query DashboardCredit {\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    departments(pageSize: 200) {\n      items {\n        id\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n      }\n    }\n  }\n': typeof types.DashboardCreditDocument;
  '\n  query DashboardProcurement {\n    departments(pageSize: 200) {\n      items {\n        id\n        overduePaymentCount\n        breachCount\n      }\n    }\n  }\n': typeof types.DashboardProcurementDocument;
  '\n  query DashboardInvestment {\n    departments(pageSize: 200) {\n      items {\n        id\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n  }\n': typeof types.DashboardInvestmentDocument;
  '\n  query DashboardDebt($year: Int!) {\n    regions {\n      code\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n': typeof types.DashboardDebtDocument;
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        domains\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query PublicRecords($page: Int, $pageSize: Int, $search: String) {\n    publicDishonestyRecords(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        id\n        subjectType\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publicityEnd\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PublicRecordsDocument;
  '\n  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {\n    y0: workingCalendar(year: $y0) {\n      date\n      kind\n    }\n    y1: workingCalendar(year: $y1) {\n      date\n      kind\n    }\n    y2: workingCalendar(year: $y2) {\n      date\n      kind\n    }\n    y3: workingCalendar(year: $y3) {\n      date\n      kind\n    }\n  }\n': typeof types.CalendarYearsDocument;
  '\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n': typeof types.CalendarYearDocument;
  '\n  mutation SetCalendarDay($date: Date!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n': typeof types.SetCalendarDayDocument;
  '\n  query CivilServants($page: Int, $pageSize: Int, $departmentId: ID, $search: String) {\n    civilServants(page: $page, pageSize: $pageSize, departmentId: $departmentId, search: $search) {\n      total\n      items {\n        id\n        name\n        idNumberMasked\n        post\n        department {\n          id\n          name\n        }\n        creditFile {\n          id\n          openedOn\n        }\n        honorEligibility {\n          eligible\n          reasons\n        }\n      }\n    }\n  }\n': typeof types.CivilServantsDocument;
  '\n  mutation CreateCivilServant($input: CreateCivilServantInput!) {\n    createCivilServant(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateCivilServantDocument;
  '\n  mutation OpenCreditFile($civilServantId: ID!) {\n    openCreditFile(civilServantId: $civilServantId) {\n      id\n      openedOn\n    }\n  }\n': typeof types.OpenCreditFileDocument;
  '\n  query CreditRecords(\n    $page: Int\n    $pageSize: Int\n    $subjectType: SubjectType\n    $departmentId: ID\n    $status: RecordStatus\n    $search: String\n  ) {\n    creditRecords(\n      page: $page\n      pageSize: $pageSize\n      subjectType: $subjectType\n      departmentId: $departmentId\n      status: $status\n      search: $search\n    ) {\n      total\n      items {\n        id\n        subjectType\n        subjectId\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publish\n        publicityStart\n        publicityEnd\n        status\n        underObjection\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CreditRecordsDocument;
  '\n  mutation FileObjection($recordId: ID!, $reason: String!) {\n    fileObjection(recordId: $recordId, reason: $reason) {\n      id\n      status\n      acceptDeadline\n      decisionDeadline\n    }\n  }\n': typeof types.FileObjectionDocument;
  '\n  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {\n    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {\n      id\n      status\n    }\n  }\n': typeof types.ApplyCreditRepairDocument;
  '\n  mutation AddCreditRecord($input: AddCreditRecordInput!) {\n    addCreditRecord(input: $input) {\n      id\n      status\n      publicityStart\n      publicityEnd\n    }\n  }\n': typeof types.AddCreditRecordDocument;
  '\n  query Objections($page: Int, $pageSize: Int, $status: ObjectionStatus, $overdueOnly: Boolean) {\n    creditObjections(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        overdue\n        note\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n': typeof types.ObjectionsDocument;
  '\n  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus) {\n    creditRepairs(page: $page, pageSize: $pageSize, status: $status) {\n      total\n      items {\n        id\n        status\n        evidence\n        appliedBy\n        appliedOn\n        note\n      }\n    }\n  }\n': typeof types.RepairsDocument;
  '\n  mutation AcceptObjection($id: ID!) {\n    acceptObjection(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptObjectionDocument;
  '\n  mutation DecideObjection($id: ID!, $outcome: ObjectionOutcome!, $note: String!) {\n    decideObjection(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n': typeof types.DecideObjectionDocument;
  '\n  mutation DecideCreditRepair($id: ID!, $approved: Boolean!, $note: String!) {\n    decideCreditRepair(id: $id, approved: $approved, note: $note) {\n      id\n      status\n    }\n  }\n': typeof types.DecideCreditRepairDocument;
  '\n  query OverdueObjections($page: Int, $pageSize: Int) {\n    overdueObjections(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n': typeof types.OverdueObjectionsDocument;
  '\n  query FileReadLog($page: Int, $pageSize: Int, $readerName: String, $civilServantId: ID) {\n    creditFileReadLog(page: $page, pageSize: $pageSize, readerName: $readerName, civilServantId: $civilServantId) {\n      total\n      items {\n        id\n        readerName\n        civilServantId\n        what\n        at\n      }\n    }\n  }\n': typeof types.FileReadLogDocument;
  '\n  mutation SetDebtLimit($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setDebtLimit(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n': typeof types.SetDebtLimitDocument;
  '\n  mutation SetFiscalResources($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setFiscalResources(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n': typeof types.SetFiscalResourcesDocument;
  '\n  mutation RecordEmergencyPlan($input: RecordEmergencyPlanInput!) {\n    recordEmergencyPlan(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordEmergencyPlanDocument;
  '\n  mutation RecordAccountabilityFinding($input: RecordAccountabilityFindingInput!) {\n    recordAccountabilityFinding(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordAccountabilityFindingDocument;
  '\n  query DebtInstruments($page: Int, $pageSize: Int, $regionCode: String, $kind: DebtKind) {\n    debtInstruments(page: $page, pageSize: $pageSize, regionCode: $regionCode, kind: $kind) {\n      total\n      items {\n        id\n        kind\n        principal\n        rate\n        issuedOn\n        maturesOn\n        project\n        outstandingPrincipal\n        overdueAmount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.DebtInstrumentsDocument;
  '\n  query DebtRiskByRegion($year: Int!) {\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        year\n        debtBalance\n        fiscalResources\n        debtLimit\n        debtRatio\n        debtServiceRatio\n        overdueRatio\n        level\n        missingEmergencyPlan\n      }\n    }\n  }\n': typeof types.DebtRiskByRegionDocument;
  '\n  mutation IssueDebt($input: IssueDebtInput!) {\n    issueDebt(input: $input) {\n      id\n    }\n  }\n': typeof types.IssueDebtDocument;
  '\n  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {\n    recordRepayment(instrumentId: $instrumentId, input: $input) {\n      id\n      outstandingPrincipal\n      overdueAmount\n    }\n  }\n': typeof types.RecordRepaymentDocument;
  '\n  query DebtInstrumentDetail($id: ID!) {\n    debtInstrument(id: $id) {\n      id\n      project\n      principal\n      rate\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n      repayments {\n        id\n        paidOn\n        principal\n        interest\n        recordedBy\n      }\n    }\n  }\n': typeof types.DebtInstrumentDetailDocument;
  '\n  mutation AdjustRepaymentSchedule($instrumentId: ID!, $input: AdjustRepaymentScheduleInput!) {\n    adjustRepaymentSchedule(instrumentId: $instrumentId, input: $input) {\n      id\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n    }\n  }\n': typeof types.AdjustRepaymentScheduleDocument;
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyWideDomains\n      region {\n        code\n        name\n      }\n      civilServantCount\n      creditFileCoverage\n      activeDishonestyRecordCount\n      honorEligibility {\n        eligible\n        reasons\n      }\n      overdueCommitmentCount\n      breachedCommitmentCount\n      commitmentFulfilmentRate\n    }\n  }\n': typeof types.DepartmentDetailDocument;
  '\n  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {\n    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {\n      total\n      items {\n        id\n        code\n        name\n        shortName\n        kind\n        countyWideDomains\n        version\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.CreateDepartmentDocument;
  '\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      countyWideDomains\n      version\n      region {\n        code\n        name\n      }\n    }\n  }\n': typeof types.UpdateDepartmentDocument;
  '\n  query Enterprises($page: Int, $pageSize: Int, $search: String) {\n    enterprises(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        uscc\n        name\n        legalRepresentative\n        regionCode\n        version\n      }\n    }\n  }\n': typeof types.EnterprisesDocument;
  '\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      uscc\n      version\n    }\n  }\n': typeof types.CreateEnterpriseDocument;
  '\n  mutation UpdateEnterprise($uscc: String!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(uscc: $uscc, input: $input) {\n      uscc\n      name\n      legalRepresentative\n      regionCode\n      version\n    }\n  }\n': typeof types.UpdateEnterpriseDocument;
  '\n  query Users($page: Int, $pageSize: Int, $search: String, $departmentId: ID) {\n    users(page: $page, pageSize: $pageSize, search: $search, departmentId: $departmentId) {\n      total\n      items {\n        id\n        username\n        displayName\n        roles\n        domains\n        active\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      roles\n      domains\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  query Regions {\n    regions {\n      code\n      name\n      level\n    }\n  }\n': typeof types.RegionsDocument;
  '\n  query DepartmentOptions {\n    departments(pageSize: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n': typeof types.DepartmentOptionsDocument;
  '\n  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {\n    createInvestmentAgreement(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateInvestmentAgreementDocument;
  '\n  mutation UpdateInvestmentAgreement($id: ID!, $input: UpdateInvestmentAgreementInput!) {\n    updateInvestmentAgreement(id: $id, input: $input) {\n      id\n      contactPerson\n      investedToDate\n      jobsCreated\n      version\n    }\n  }\n': typeof types.UpdateInvestmentAgreementDocument;
  '\n  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {\n    investmentAgreements(\n      page: $page\n      pageSize: $pageSize\n      departmentId: $departmentId\n      townCode: $townCode\n      search: $search\n    ) {\n      total\n      items {\n        id\n        title\n        investorUscc\n        investorName\n        amount\n        signedOn\n        investedToDate\n        jobsCreated\n        contactPerson\n        version\n        department {\n          id\n          name\n        }\n        town {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.AgreementsDocument;
  '\n  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {\n    addCommitment(agreementId: $agreementId, input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.AddCommitmentDocument;
  '\n  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {\n    recordFulfilment(commitmentId: $commitmentId, input: $input) {\n      id\n      status\n      fulfilledAmount\n    }\n  }\n': typeof types.RecordFulfilmentDocument;
  '\n  mutation RecordCommitmentBreach($id: ID!, $note: String!) {\n    recordCommitmentBreach(id: $id, note: $note) {\n      id\n      status\n      breachNote\n    }\n  }\n': typeof types.RecordCommitmentBreachDocument;
  '\n  mutation WaiveCommitment($id: ID!, $input: WaiveCommitmentInput!) {\n    waiveCommitment(id: $id, input: $input) {\n      id\n      status\n      waiverNote\n    }\n  }\n': typeof types.WaiveCommitmentDocument;
  '\n  query Commitments($page: Int, $pageSize: Int, $status: CommitmentStatus, $departmentId: ID) {\n    commitments(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        kind\n        description\n        amount\n        fulfilledAmount\n        dueDate\n        status\n        breachNote\n        waiverNote\n        version\n        department {\n          id\n          name\n        }\n        agreement {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.CommitmentsDocument;
  '\n  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {\n    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        text\n        status\n        reviewNote\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PoliciesDocument;
  '\n  mutation SubmitPolicyForReview($id: ID!) {\n    submitPolicyForReview(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.SubmitPolicyForReviewDocument;
  '\n  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {\n    createIncentivePolicy(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CreateIncentivePolicyDocument;
  '\n  mutation UpdateIncentivePolicy($id: ID!, $input: UpdateIncentivePolicyInput!) {\n    updateIncentivePolicy(id: $id, input: $input) {\n      id\n      title\n      legalBasis\n      text\n      status\n      version\n    }\n  }\n': typeof types.UpdateIncentivePolicyDocument;
  '\n  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {\n    reviewPolicy(id: $id, approved: $approved, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n': typeof types.ReviewPolicyDocument;
  '\n  query ProcurementBreaches($page: Int, $pageSize: Int, $departmentId: ID) {\n    procurementBreaches(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        projectId\n        description\n        recordedOn\n        recordedBy\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProcurementBreachesDocument;
  '\n  mutation RecordProcurementBreach($input: RecordBreachInput!) {\n    recordProcurementBreach(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordProcurementBreachDocument;
  '\n  mutation SignContract($projectId: ID!, $input: SignContractInput!) {\n    signContract(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n': typeof types.SignContractDocument;
  '\n  mutation RecordPayment($milestoneId: ID!, $paidOn: Date!, $amount: Decimal!) {\n    recordPayment(milestoneId: $milestoneId, paidOn: $paidOn, amount: $amount) {\n      id\n      status\n    }\n  }\n': typeof types.RecordPaymentDocument;
  '\n  mutation RecordAcceptance($projectId: ID!, $input: RecordAcceptanceInput!) {\n    recordAcceptance(projectId: $projectId, input: $input) {\n      id\n      acceptanceResult\n    }\n  }\n': typeof types.RecordAcceptanceDocument;
  '\n  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {\n    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {\n      total\n      items {\n        id\n        name\n        phase\n        regionCode\n        totalInvestment\n        department {\n          id\n          name\n        }\n        obligations {\n          id\n          year\n          amount\n          paidAmount\n          status\n        }\n      }\n    }\n  }\n': typeof types.PppProjectsDocument;
  '\n  query PppCapacity($regionCode: String!, $year: Int!) {\n    pppFiscalCapacity(regionCode: $regionCode, year: $year) {\n      generalBudgetExpenditure\n      cap\n      committed\n      remaining\n    }\n    pppObligationsDue {\n      id\n      projectId\n      year\n      amount\n      paidAmount\n      status\n    }\n  }\n': typeof types.PppCapacityDocument;
  '\n  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {\n      cap\n    }\n  }\n': typeof types.SetPppCapacityDocument;
  '\n  mutation CreatePpp($input: CreatePppProjectInput!) {\n    createPppProject(input: $input) {\n      id\n    }\n  }\n': typeof types.CreatePppDocument;
  '\n  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {\n    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {\n      id\n      status\n    }\n  }\n': typeof types.AddPppObligationDocument;
  '\n  mutation AdvancePppPhase($id: ID!, $phase: PppPhase!) {\n    advancePppPhase(id: $id, phase: $phase) {\n      id\n      phase\n      version\n    }\n  }\n': typeof types.AdvancePppPhaseDocument;
  '\n  mutation PayPppObligation($id: ID!, $amount: Decimal!) {\n    payPppObligation(id: $id, amount: $amount) {\n      id\n      paidAmount\n      status\n    }\n  }\n': typeof types.PayPppObligationDocument;
  '\n  query ProcurementProjectDetail($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      title\n      status\n      budget\n      methodName\n      purchaser {\n        id\n        name\n      }\n      timeline {\n        fromStatus\n        toStatus\n        at\n        byUser\n      }\n      bids {\n        id\n        supplierUscc\n        supplierName\n        amount\n        submittedAt\n      }\n      refusedBids {\n        id\n        supplierUscc\n        amount\n        reason\n        at\n      }\n      contract {\n        id\n        supplierName\n        amount\n        signedOn\n        milestones {\n          id\n          seq\n          dueDate\n          amount\n          paidAmount\n          paidOn\n          status\n        }\n      }\n    }\n  }\n': typeof types.ProcurementProjectDetailDocument;
  '\n  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {\n    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {\n      id\n    }\n  }\n': typeof types.SubmitBidDocument;
  '\n  mutation AwardProject($projectId: ID!, $bidId: ID!) {\n    awardProject(projectId: $projectId, bidId: $bidId) {\n      id\n      status\n    }\n  }\n': typeof types.AwardProjectDocument;
  '\n  query ProcurementProjects($page: Int, $pageSize: Int, $status: ProcurementStatus, $purchaserId: ID, $search: String) {\n    procurementProjects(page: $page, pageSize: $pageSize, status: $status, purchaserId: $purchaserId, search: $search) {\n      total\n      items {\n        id\n        ocid\n        title\n        category\n        method\n        budget\n        status\n        allowedTransitions\n        version\n        purchaser {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProcurementProjectsDocument;
  '\n  query ProjectOcds($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      ocdsRelease\n    }\n  }\n': typeof types.ProjectOcdsDocument;
  '\n  mutation CreateProcurementProject($input: CreateProcurementProjectInput!) {\n    createProcurementProject(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CreateProcurementProjectDocument;
  '\n  mutation TransitionProcurementProject($id: ID!, $to: ProcurementStatus!) {\n    transitionProcurementProject(id: $id, to: $to) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n': typeof types.TransitionProcurementProjectDocument;
  '\n  query Inspections($page: Int, $pageSize: Int, $departmentId: ID) {\n    inspections(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        inspectedOn\n        team\n        department {\n          id\n          name\n        }\n        findings {\n          id\n          seq\n          text\n          rectification {\n            id\n            status\n            deadline\n          }\n        }\n      }\n    }\n  }\n': typeof types.InspectionsDocument;
  '\n  mutation OrderRectification($input: OrderRectificationInput!) {\n    orderRectification(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.OrderRectificationDocument;
  '\n  mutation ReportRectification($id: ID!, $input: ReportRectificationInput!) {\n    reportRectification(id: $id, input: $input) {\n      id\n      status\n      report\n    }\n  }\n': typeof types.ReportRectificationDocument;
  '\n  mutation DecideRectification($id: ID!, $accepted: Boolean!, $note: String) {\n    decideRectification(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n': typeof types.DecideRectificationDocument;
  '\n  mutation RecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordInspectionDocument;
  '\n  query Rectifications($page: Int, $pageSize: Int, $status: RectificationStatus, $departmentId: ID) {\n    rectifications(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        subject\n        basis\n        deadline\n        status\n        origin\n        report\n        evidence\n        reportedOn\n        decisionNote\n        overdueOn\n        orderedOn\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.RectificationsDocument;
};
const documents: Documents = {
  '\n  query Dashboard($year: Int!) {\n    departments(pageSize: 200) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n        overduePaymentCount\n        breachCount\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query DashboardBase {\n    departments(pageSize: 200) {\n      items {\n        id\n        code\n        name\n        kind\n      }\n    }\n    regions {\n      code\n      name\n      level\n    }\n  }\n':
    types.DashboardBaseDocument,
  '\n  query DashboardCredit {\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    departments(pageSize: 200) {\n      items {\n        id\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n      }\n    }\n  }\n':
    types.DashboardCreditDocument,
  '\n  query DashboardProcurement {\n    departments(pageSize: 200) {\n      items {\n        id\n        overduePaymentCount\n        breachCount\n      }\n    }\n  }\n':
    types.DashboardProcurementDocument,
  '\n  query DashboardInvestment {\n    departments(pageSize: 200) {\n      items {\n        id\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n  }\n':
    types.DashboardInvestmentDocument,
  '\n  query DashboardDebt($year: Int!) {\n    regions {\n      code\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n':
    types.DashboardDebtDocument,
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        domains\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query PublicRecords($page: Int, $pageSize: Int, $search: String) {\n    publicDishonestyRecords(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        id\n        subjectType\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publicityEnd\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PublicRecordsDocument,
  '\n  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {\n    y0: workingCalendar(year: $y0) {\n      date\n      kind\n    }\n    y1: workingCalendar(year: $y1) {\n      date\n      kind\n    }\n    y2: workingCalendar(year: $y2) {\n      date\n      kind\n    }\n    y3: workingCalendar(year: $y3) {\n      date\n      kind\n    }\n  }\n':
    types.CalendarYearsDocument,
  '\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n':
    types.CalendarYearDocument,
  '\n  mutation SetCalendarDay($date: Date!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n':
    types.SetCalendarDayDocument,
  '\n  query CivilServants($page: Int, $pageSize: Int, $departmentId: ID, $search: String) {\n    civilServants(page: $page, pageSize: $pageSize, departmentId: $departmentId, search: $search) {\n      total\n      items {\n        id\n        name\n        idNumberMasked\n        post\n        department {\n          id\n          name\n        }\n        creditFile {\n          id\n          openedOn\n        }\n        honorEligibility {\n          eligible\n          reasons\n        }\n      }\n    }\n  }\n':
    types.CivilServantsDocument,
  '\n  mutation CreateCivilServant($input: CreateCivilServantInput!) {\n    createCivilServant(input: $input) {\n      id\n    }\n  }\n':
    types.CreateCivilServantDocument,
  '\n  mutation OpenCreditFile($civilServantId: ID!) {\n    openCreditFile(civilServantId: $civilServantId) {\n      id\n      openedOn\n    }\n  }\n':
    types.OpenCreditFileDocument,
  '\n  query CreditRecords(\n    $page: Int\n    $pageSize: Int\n    $subjectType: SubjectType\n    $departmentId: ID\n    $status: RecordStatus\n    $search: String\n  ) {\n    creditRecords(\n      page: $page\n      pageSize: $pageSize\n      subjectType: $subjectType\n      departmentId: $departmentId\n      status: $status\n      search: $search\n    ) {\n      total\n      items {\n        id\n        subjectType\n        subjectId\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publish\n        publicityStart\n        publicityEnd\n        status\n        underObjection\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CreditRecordsDocument,
  '\n  mutation FileObjection($recordId: ID!, $reason: String!) {\n    fileObjection(recordId: $recordId, reason: $reason) {\n      id\n      status\n      acceptDeadline\n      decisionDeadline\n    }\n  }\n':
    types.FileObjectionDocument,
  '\n  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {\n    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {\n      id\n      status\n    }\n  }\n':
    types.ApplyCreditRepairDocument,
  '\n  mutation AddCreditRecord($input: AddCreditRecordInput!) {\n    addCreditRecord(input: $input) {\n      id\n      status\n      publicityStart\n      publicityEnd\n    }\n  }\n':
    types.AddCreditRecordDocument,
  '\n  query Objections($page: Int, $pageSize: Int, $status: ObjectionStatus, $overdueOnly: Boolean) {\n    creditObjections(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        overdue\n        note\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n':
    types.ObjectionsDocument,
  '\n  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus) {\n    creditRepairs(page: $page, pageSize: $pageSize, status: $status) {\n      total\n      items {\n        id\n        status\n        evidence\n        appliedBy\n        appliedOn\n        note\n      }\n    }\n  }\n':
    types.RepairsDocument,
  '\n  mutation AcceptObjection($id: ID!) {\n    acceptObjection(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.AcceptObjectionDocument,
  '\n  mutation DecideObjection($id: ID!, $outcome: ObjectionOutcome!, $note: String!) {\n    decideObjection(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n':
    types.DecideObjectionDocument,
  '\n  mutation DecideCreditRepair($id: ID!, $approved: Boolean!, $note: String!) {\n    decideCreditRepair(id: $id, approved: $approved, note: $note) {\n      id\n      status\n    }\n  }\n':
    types.DecideCreditRepairDocument,
  '\n  query OverdueObjections($page: Int, $pageSize: Int) {\n    overdueObjections(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n':
    types.OverdueObjectionsDocument,
  '\n  query FileReadLog($page: Int, $pageSize: Int, $readerName: String, $civilServantId: ID) {\n    creditFileReadLog(page: $page, pageSize: $pageSize, readerName: $readerName, civilServantId: $civilServantId) {\n      total\n      items {\n        id\n        readerName\n        civilServantId\n        what\n        at\n      }\n    }\n  }\n':
    types.FileReadLogDocument,
  '\n  mutation SetDebtLimit($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setDebtLimit(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n':
    types.SetDebtLimitDocument,
  '\n  mutation SetFiscalResources($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setFiscalResources(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n':
    types.SetFiscalResourcesDocument,
  '\n  mutation RecordEmergencyPlan($input: RecordEmergencyPlanInput!) {\n    recordEmergencyPlan(input: $input) {\n      id\n    }\n  }\n':
    types.RecordEmergencyPlanDocument,
  '\n  mutation RecordAccountabilityFinding($input: RecordAccountabilityFindingInput!) {\n    recordAccountabilityFinding(input: $input) {\n      id\n    }\n  }\n':
    types.RecordAccountabilityFindingDocument,
  '\n  query DebtInstruments($page: Int, $pageSize: Int, $regionCode: String, $kind: DebtKind) {\n    debtInstruments(page: $page, pageSize: $pageSize, regionCode: $regionCode, kind: $kind) {\n      total\n      items {\n        id\n        kind\n        principal\n        rate\n        issuedOn\n        maturesOn\n        project\n        outstandingPrincipal\n        overdueAmount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.DebtInstrumentsDocument,
  '\n  query DebtRiskByRegion($year: Int!) {\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        year\n        debtBalance\n        fiscalResources\n        debtLimit\n        debtRatio\n        debtServiceRatio\n        overdueRatio\n        level\n        missingEmergencyPlan\n      }\n    }\n  }\n':
    types.DebtRiskByRegionDocument,
  '\n  mutation IssueDebt($input: IssueDebtInput!) {\n    issueDebt(input: $input) {\n      id\n    }\n  }\n':
    types.IssueDebtDocument,
  '\n  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {\n    recordRepayment(instrumentId: $instrumentId, input: $input) {\n      id\n      outstandingPrincipal\n      overdueAmount\n    }\n  }\n':
    types.RecordRepaymentDocument,
  '\n  query DebtInstrumentDetail($id: ID!) {\n    debtInstrument(id: $id) {\n      id\n      project\n      principal\n      rate\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n      repayments {\n        id\n        paidOn\n        principal\n        interest\n        recordedBy\n      }\n    }\n  }\n':
    types.DebtInstrumentDetailDocument,
  '\n  mutation AdjustRepaymentSchedule($instrumentId: ID!, $input: AdjustRepaymentScheduleInput!) {\n    adjustRepaymentSchedule(instrumentId: $instrumentId, input: $input) {\n      id\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n    }\n  }\n':
    types.AdjustRepaymentScheduleDocument,
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyWideDomains\n      region {\n        code\n        name\n      }\n      civilServantCount\n      creditFileCoverage\n      activeDishonestyRecordCount\n      honorEligibility {\n        eligible\n        reasons\n      }\n      overdueCommitmentCount\n      breachedCommitmentCount\n      commitmentFulfilmentRate\n    }\n  }\n':
    types.DepartmentDetailDocument,
  '\n  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {\n    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {\n      total\n      items {\n        id\n        code\n        name\n        shortName\n        kind\n        countyWideDomains\n        version\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.DepartmentsDocument,
  '\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.CreateDepartmentDocument,
  '\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      countyWideDomains\n      version\n      region {\n        code\n        name\n      }\n    }\n  }\n':
    types.UpdateDepartmentDocument,
  '\n  query Enterprises($page: Int, $pageSize: Int, $search: String) {\n    enterprises(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        uscc\n        name\n        legalRepresentative\n        regionCode\n        version\n      }\n    }\n  }\n':
    types.EnterprisesDocument,
  '\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      uscc\n      version\n    }\n  }\n':
    types.CreateEnterpriseDocument,
  '\n  mutation UpdateEnterprise($uscc: String!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(uscc: $uscc, input: $input) {\n      uscc\n      name\n      legalRepresentative\n      regionCode\n      version\n    }\n  }\n':
    types.UpdateEnterpriseDocument,
  '\n  query Users($page: Int, $pageSize: Int, $search: String, $departmentId: ID) {\n    users(page: $page, pageSize: $pageSize, search: $search, departmentId: $departmentId) {\n      total\n      items {\n        id\n        username\n        displayName\n        roles\n        domains\n        active\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      roles\n      domains\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  query Regions {\n    regions {\n      code\n      name\n      level\n    }\n  }\n': types.RegionsDocument,
  '\n  query DepartmentOptions {\n    departments(pageSize: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n':
    types.DepartmentOptionsDocument,
  '\n  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {\n    createInvestmentAgreement(input: $input) {\n      id\n    }\n  }\n':
    types.CreateInvestmentAgreementDocument,
  '\n  mutation UpdateInvestmentAgreement($id: ID!, $input: UpdateInvestmentAgreementInput!) {\n    updateInvestmentAgreement(id: $id, input: $input) {\n      id\n      contactPerson\n      investedToDate\n      jobsCreated\n      version\n    }\n  }\n':
    types.UpdateInvestmentAgreementDocument,
  '\n  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {\n    investmentAgreements(\n      page: $page\n      pageSize: $pageSize\n      departmentId: $departmentId\n      townCode: $townCode\n      search: $search\n    ) {\n      total\n      items {\n        id\n        title\n        investorUscc\n        investorName\n        amount\n        signedOn\n        investedToDate\n        jobsCreated\n        contactPerson\n        version\n        department {\n          id\n          name\n        }\n        town {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.AgreementsDocument,
  '\n  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {\n    addCommitment(agreementId: $agreementId, input: $input) {\n      id\n      status\n    }\n  }\n':
    types.AddCommitmentDocument,
  '\n  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {\n    recordFulfilment(commitmentId: $commitmentId, input: $input) {\n      id\n      status\n      fulfilledAmount\n    }\n  }\n':
    types.RecordFulfilmentDocument,
  '\n  mutation RecordCommitmentBreach($id: ID!, $note: String!) {\n    recordCommitmentBreach(id: $id, note: $note) {\n      id\n      status\n      breachNote\n    }\n  }\n':
    types.RecordCommitmentBreachDocument,
  '\n  mutation WaiveCommitment($id: ID!, $input: WaiveCommitmentInput!) {\n    waiveCommitment(id: $id, input: $input) {\n      id\n      status\n      waiverNote\n    }\n  }\n':
    types.WaiveCommitmentDocument,
  '\n  query Commitments($page: Int, $pageSize: Int, $status: CommitmentStatus, $departmentId: ID) {\n    commitments(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        kind\n        description\n        amount\n        fulfilledAmount\n        dueDate\n        status\n        breachNote\n        waiverNote\n        version\n        department {\n          id\n          name\n        }\n        agreement {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.CommitmentsDocument,
  '\n  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {\n    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        text\n        status\n        reviewNote\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PoliciesDocument,
  '\n  mutation SubmitPolicyForReview($id: ID!) {\n    submitPolicyForReview(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.SubmitPolicyForReviewDocument,
  '\n  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {\n    createIncentivePolicy(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CreateIncentivePolicyDocument,
  '\n  mutation UpdateIncentivePolicy($id: ID!, $input: UpdateIncentivePolicyInput!) {\n    updateIncentivePolicy(id: $id, input: $input) {\n      id\n      title\n      legalBasis\n      text\n      status\n      version\n    }\n  }\n':
    types.UpdateIncentivePolicyDocument,
  '\n  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {\n    reviewPolicy(id: $id, approved: $approved, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n':
    types.ReviewPolicyDocument,
  '\n  query ProcurementBreaches($page: Int, $pageSize: Int, $departmentId: ID) {\n    procurementBreaches(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        projectId\n        description\n        recordedOn\n        recordedBy\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ProcurementBreachesDocument,
  '\n  mutation RecordProcurementBreach($input: RecordBreachInput!) {\n    recordProcurementBreach(input: $input) {\n      id\n    }\n  }\n':
    types.RecordProcurementBreachDocument,
  '\n  mutation SignContract($projectId: ID!, $input: SignContractInput!) {\n    signContract(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n':
    types.SignContractDocument,
  '\n  mutation RecordPayment($milestoneId: ID!, $paidOn: Date!, $amount: Decimal!) {\n    recordPayment(milestoneId: $milestoneId, paidOn: $paidOn, amount: $amount) {\n      id\n      status\n    }\n  }\n':
    types.RecordPaymentDocument,
  '\n  mutation RecordAcceptance($projectId: ID!, $input: RecordAcceptanceInput!) {\n    recordAcceptance(projectId: $projectId, input: $input) {\n      id\n      acceptanceResult\n    }\n  }\n':
    types.RecordAcceptanceDocument,
  '\n  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {\n    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {\n      total\n      items {\n        id\n        name\n        phase\n        regionCode\n        totalInvestment\n        department {\n          id\n          name\n        }\n        obligations {\n          id\n          year\n          amount\n          paidAmount\n          status\n        }\n      }\n    }\n  }\n':
    types.PppProjectsDocument,
  '\n  query PppCapacity($regionCode: String!, $year: Int!) {\n    pppFiscalCapacity(regionCode: $regionCode, year: $year) {\n      generalBudgetExpenditure\n      cap\n      committed\n      remaining\n    }\n    pppObligationsDue {\n      id\n      projectId\n      year\n      amount\n      paidAmount\n      status\n    }\n  }\n':
    types.PppCapacityDocument,
  '\n  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {\n      cap\n    }\n  }\n':
    types.SetPppCapacityDocument,
  '\n  mutation CreatePpp($input: CreatePppProjectInput!) {\n    createPppProject(input: $input) {\n      id\n    }\n  }\n':
    types.CreatePppDocument,
  '\n  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {\n    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {\n      id\n      status\n    }\n  }\n':
    types.AddPppObligationDocument,
  '\n  mutation AdvancePppPhase($id: ID!, $phase: PppPhase!) {\n    advancePppPhase(id: $id, phase: $phase) {\n      id\n      phase\n      version\n    }\n  }\n':
    types.AdvancePppPhaseDocument,
  '\n  mutation PayPppObligation($id: ID!, $amount: Decimal!) {\n    payPppObligation(id: $id, amount: $amount) {\n      id\n      paidAmount\n      status\n    }\n  }\n':
    types.PayPppObligationDocument,
  '\n  query ProcurementProjectDetail($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      title\n      status\n      budget\n      methodName\n      purchaser {\n        id\n        name\n      }\n      timeline {\n        fromStatus\n        toStatus\n        at\n        byUser\n      }\n      bids {\n        id\n        supplierUscc\n        supplierName\n        amount\n        submittedAt\n      }\n      refusedBids {\n        id\n        supplierUscc\n        amount\n        reason\n        at\n      }\n      contract {\n        id\n        supplierName\n        amount\n        signedOn\n        milestones {\n          id\n          seq\n          dueDate\n          amount\n          paidAmount\n          paidOn\n          status\n        }\n      }\n    }\n  }\n':
    types.ProcurementProjectDetailDocument,
  '\n  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {\n    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {\n      id\n    }\n  }\n':
    types.SubmitBidDocument,
  '\n  mutation AwardProject($projectId: ID!, $bidId: ID!) {\n    awardProject(projectId: $projectId, bidId: $bidId) {\n      id\n      status\n    }\n  }\n':
    types.AwardProjectDocument,
  '\n  query ProcurementProjects($page: Int, $pageSize: Int, $status: ProcurementStatus, $purchaserId: ID, $search: String) {\n    procurementProjects(page: $page, pageSize: $pageSize, status: $status, purchaserId: $purchaserId, search: $search) {\n      total\n      items {\n        id\n        ocid\n        title\n        category\n        method\n        budget\n        status\n        allowedTransitions\n        version\n        purchaser {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ProcurementProjectsDocument,
  '\n  query ProjectOcds($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      ocdsRelease\n    }\n  }\n':
    types.ProjectOcdsDocument,
  '\n  mutation CreateProcurementProject($input: CreateProcurementProjectInput!) {\n    createProcurementProject(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CreateProcurementProjectDocument,
  '\n  mutation TransitionProcurementProject($id: ID!, $to: ProcurementStatus!) {\n    transitionProcurementProject(id: $id, to: $to) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n':
    types.TransitionProcurementProjectDocument,
  '\n  query Inspections($page: Int, $pageSize: Int, $departmentId: ID) {\n    inspections(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        inspectedOn\n        team\n        department {\n          id\n          name\n        }\n        findings {\n          id\n          seq\n          text\n          rectification {\n            id\n            status\n            deadline\n          }\n        }\n      }\n    }\n  }\n':
    types.InspectionsDocument,
  '\n  mutation OrderRectification($input: OrderRectificationInput!) {\n    orderRectification(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.OrderRectificationDocument,
  '\n  mutation ReportRectification($id: ID!, $input: ReportRectificationInput!) {\n    reportRectification(id: $id, input: $input) {\n      id\n      status\n      report\n    }\n  }\n':
    types.ReportRectificationDocument,
  '\n  mutation DecideRectification($id: ID!, $accepted: Boolean!, $note: String) {\n    decideRectification(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n':
    types.DecideRectificationDocument,
  '\n  mutation RecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      id\n    }\n  }\n':
    types.RecordInspectionDocument,
  '\n  query Rectifications($page: Int, $pageSize: Int, $status: RectificationStatus, $departmentId: ID) {\n    rectifications(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        subject\n        basis\n        deadline\n        status\n        origin\n        report\n        evidence\n        reportedOn\n        decisionNote\n        overdueOn\n        orderedOn\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.RectificationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($year: Int!) {\n    departments(pageSize: 200) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n        overduePaymentCount\n        breachCount\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($year: Int!) {\n    departments(pageSize: 200) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n        overduePaymentCount\n        breachCount\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardBase {\n    departments(pageSize: 200) {\n      items {\n        id\n        code\n        name\n        kind\n      }\n    }\n    regions {\n      code\n      name\n      level\n    }\n  }\n',
): (typeof documents)['\n  query DashboardBase {\n    departments(pageSize: 200) {\n      items {\n        id\n        code\n        name\n        kind\n      }\n    }\n    regions {\n      code\n      name\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardCredit {\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    departments(pageSize: 200) {\n      items {\n        id\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardCredit {\n    creditCoverage {\n      total\n      withFile\n      ratio\n    }\n    departments(pageSize: 200) {\n      items {\n        id\n        civilServantCount\n        creditFileCoverage\n        activeDishonestyRecordCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardProcurement {\n    departments(pageSize: 200) {\n      items {\n        id\n        overduePaymentCount\n        breachCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardProcurement {\n    departments(pageSize: 200) {\n      items {\n        id\n        overduePaymentCount\n        breachCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardInvestment {\n    departments(pageSize: 200) {\n      items {\n        id\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardInvestment {\n    departments(pageSize: 200) {\n      items {\n        id\n        overdueCommitmentCount\n        breachedCommitmentCount\n        commitmentFulfilmentRate\n        dueCommitmentCount\n        fulfilledCommitmentCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardDebt($year: Int!) {\n    regions {\n      code\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardDebt($year: Int!) {\n    regions {\n      code\n      debtRisk(year: $year) {\n        debtRatio\n        debtBalance\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        domains\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        domains\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicRecords($page: Int, $pageSize: Int, $search: String) {\n    publicDishonestyRecords(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        id\n        subjectType\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publicityEnd\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicRecords($page: Int, $pageSize: Int, $search: String) {\n    publicDishonestyRecords(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        id\n        subjectType\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publicityEnd\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {\n    y0: workingCalendar(year: $y0) {\n      date\n      kind\n    }\n    y1: workingCalendar(year: $y1) {\n      date\n      kind\n    }\n    y2: workingCalendar(year: $y2) {\n      date\n      kind\n    }\n    y3: workingCalendar(year: $y3) {\n      date\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {\n    y0: workingCalendar(year: $y0) {\n      date\n      kind\n    }\n    y1: workingCalendar(year: $y1) {\n      date\n      kind\n    }\n    y2: workingCalendar(year: $y2) {\n      date\n      kind\n    }\n    y3: workingCalendar(year: $y3) {\n      date\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCalendarDay($date: Date!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCalendarDay($date: Date!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CivilServants($page: Int, $pageSize: Int, $departmentId: ID, $search: String) {\n    civilServants(page: $page, pageSize: $pageSize, departmentId: $departmentId, search: $search) {\n      total\n      items {\n        id\n        name\n        idNumberMasked\n        post\n        department {\n          id\n          name\n        }\n        creditFile {\n          id\n          openedOn\n        }\n        honorEligibility {\n          eligible\n          reasons\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CivilServants($page: Int, $pageSize: Int, $departmentId: ID, $search: String) {\n    civilServants(page: $page, pageSize: $pageSize, departmentId: $departmentId, search: $search) {\n      total\n      items {\n        id\n        name\n        idNumberMasked\n        post\n        department {\n          id\n          name\n        }\n        creditFile {\n          id\n          openedOn\n        }\n        honorEligibility {\n          eligible\n          reasons\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCivilServant($input: CreateCivilServantInput!) {\n    createCivilServant(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCivilServant($input: CreateCivilServantInput!) {\n    createCivilServant(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenCreditFile($civilServantId: ID!) {\n    openCreditFile(civilServantId: $civilServantId) {\n      id\n      openedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenCreditFile($civilServantId: ID!) {\n    openCreditFile(civilServantId: $civilServantId) {\n      id\n      openedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditRecords(\n    $page: Int\n    $pageSize: Int\n    $subjectType: SubjectType\n    $departmentId: ID\n    $status: RecordStatus\n    $search: String\n  ) {\n    creditRecords(\n      page: $page\n      pageSize: $pageSize\n      subjectType: $subjectType\n      departmentId: $departmentId\n      status: $status\n      search: $search\n    ) {\n      total\n      items {\n        id\n        subjectType\n        subjectId\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publish\n        publicityStart\n        publicityEnd\n        status\n        underObjection\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CreditRecords(\n    $page: Int\n    $pageSize: Int\n    $subjectType: SubjectType\n    $departmentId: ID\n    $status: RecordStatus\n    $search: String\n  ) {\n    creditRecords(\n      page: $page\n      pageSize: $pageSize\n      subjectType: $subjectType\n      departmentId: $departmentId\n      status: $status\n      search: $search\n    ) {\n      total\n      items {\n        id\n        subjectType\n        subjectId\n        subjectName\n        category\n        severity\n        documentNumber\n        authority\n        decisionDate\n        publish\n        publicityStart\n        publicityEnd\n        status\n        underObjection\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileObjection($recordId: ID!, $reason: String!) {\n    fileObjection(recordId: $recordId, reason: $reason) {\n      id\n      status\n      acceptDeadline\n      decisionDeadline\n    }\n  }\n',
): (typeof documents)['\n  mutation FileObjection($recordId: ID!, $reason: String!) {\n    fileObjection(recordId: $recordId, reason: $reason) {\n      id\n      status\n      acceptDeadline\n      decisionDeadline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {\n    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {\n    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCreditRecord($input: AddCreditRecordInput!) {\n    addCreditRecord(input: $input) {\n      id\n      status\n      publicityStart\n      publicityEnd\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCreditRecord($input: AddCreditRecordInput!) {\n    addCreditRecord(input: $input) {\n      id\n      status\n      publicityStart\n      publicityEnd\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Objections($page: Int, $pageSize: Int, $status: ObjectionStatus, $overdueOnly: Boolean) {\n    creditObjections(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        overdue\n        note\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Objections($page: Int, $pageSize: Int, $status: ObjectionStatus, $overdueOnly: Boolean) {\n    creditObjections(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        overdue\n        note\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus) {\n    creditRepairs(page: $page, pageSize: $pageSize, status: $status) {\n      total\n      items {\n        id\n        status\n        evidence\n        appliedBy\n        appliedOn\n        note\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus) {\n    creditRepairs(page: $page, pageSize: $pageSize, status: $status) {\n      total\n      items {\n        id\n        status\n        evidence\n        appliedBy\n        appliedOn\n        note\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptObjection($id: ID!) {\n    acceptObjection(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptObjection($id: ID!) {\n    acceptObjection(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideObjection($id: ID!, $outcome: ObjectionOutcome!, $note: String!) {\n    decideObjection(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideObjection($id: ID!, $outcome: ObjectionOutcome!, $note: String!) {\n    decideObjection(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideCreditRepair($id: ID!, $approved: Boolean!, $note: String!) {\n    decideCreditRepair(id: $id, approved: $approved, note: $note) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideCreditRepair($id: ID!, $approved: Boolean!, $note: String!) {\n    decideCreditRepair(id: $id, approved: $approved, note: $note) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverdueObjections($page: Int, $pageSize: Int) {\n    overdueObjections(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverdueObjections($page: Int, $pageSize: Int) {\n    overdueObjections(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        status\n        reason\n        filedBy\n        filedOn\n        acceptDeadline\n        decisionDeadline\n        record {\n          id\n          subjectName\n          documentNumber\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FileReadLog($page: Int, $pageSize: Int, $readerName: String, $civilServantId: ID) {\n    creditFileReadLog(page: $page, pageSize: $pageSize, readerName: $readerName, civilServantId: $civilServantId) {\n      total\n      items {\n        id\n        readerName\n        civilServantId\n        what\n        at\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FileReadLog($page: Int, $pageSize: Int, $readerName: String, $civilServantId: ID) {\n    creditFileReadLog(page: $page, pageSize: $pageSize, readerName: $readerName, civilServantId: $civilServantId) {\n      total\n      items {\n        id\n        readerName\n        civilServantId\n        what\n        at\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDebtLimit($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setDebtLimit(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDebtLimit($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setDebtLimit(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFiscalResources($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setFiscalResources(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFiscalResources($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setFiscalResources(regionCode: $regionCode, year: $year, amount: $amount) {\n      amount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEmergencyPlan($input: RecordEmergencyPlanInput!) {\n    recordEmergencyPlan(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEmergencyPlan($input: RecordEmergencyPlanInput!) {\n    recordEmergencyPlan(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAccountabilityFinding($input: RecordAccountabilityFindingInput!) {\n    recordAccountabilityFinding(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAccountabilityFinding($input: RecordAccountabilityFindingInput!) {\n    recordAccountabilityFinding(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DebtInstruments($page: Int, $pageSize: Int, $regionCode: String, $kind: DebtKind) {\n    debtInstruments(page: $page, pageSize: $pageSize, regionCode: $regionCode, kind: $kind) {\n      total\n      items {\n        id\n        kind\n        principal\n        rate\n        issuedOn\n        maturesOn\n        project\n        outstandingPrincipal\n        overdueAmount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DebtInstruments($page: Int, $pageSize: Int, $regionCode: String, $kind: DebtKind) {\n    debtInstruments(page: $page, pageSize: $pageSize, regionCode: $regionCode, kind: $kind) {\n      total\n      items {\n        id\n        kind\n        principal\n        rate\n        issuedOn\n        maturesOn\n        project\n        outstandingPrincipal\n        overdueAmount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DebtRiskByRegion($year: Int!) {\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        year\n        debtBalance\n        fiscalResources\n        debtLimit\n        debtRatio\n        debtServiceRatio\n        overdueRatio\n        level\n        missingEmergencyPlan\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DebtRiskByRegion($year: Int!) {\n    regions {\n      code\n      name\n      level\n      debtRisk(year: $year) {\n        year\n        debtBalance\n        fiscalResources\n        debtLimit\n        debtRatio\n        debtServiceRatio\n        overdueRatio\n        level\n        missingEmergencyPlan\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueDebt($input: IssueDebtInput!) {\n    issueDebt(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueDebt($input: IssueDebtInput!) {\n    issueDebt(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {\n    recordRepayment(instrumentId: $instrumentId, input: $input) {\n      id\n      outstandingPrincipal\n      overdueAmount\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {\n    recordRepayment(instrumentId: $instrumentId, input: $input) {\n      id\n      outstandingPrincipal\n      overdueAmount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DebtInstrumentDetail($id: ID!) {\n    debtInstrument(id: $id) {\n      id\n      project\n      principal\n      rate\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n      repayments {\n        id\n        paidOn\n        principal\n        interest\n        recordedBy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DebtInstrumentDetail($id: ID!) {\n    debtInstrument(id: $id) {\n      id\n      project\n      principal\n      rate\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n      repayments {\n        id\n        paidOn\n        principal\n        interest\n        recordedBy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdjustRepaymentSchedule($instrumentId: ID!, $input: AdjustRepaymentScheduleInput!) {\n    adjustRepaymentSchedule(instrumentId: $instrumentId, input: $input) {\n      id\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdjustRepaymentSchedule($instrumentId: ID!, $input: AdjustRepaymentScheduleInput!) {\n    adjustRepaymentSchedule(instrumentId: $instrumentId, input: $input) {\n      id\n      version\n      schedule {\n        dueDate\n        principal\n        interest\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyWideDomains\n      region {\n        code\n        name\n      }\n      civilServantCount\n      creditFileCoverage\n      activeDishonestyRecordCount\n      honorEligibility {\n        eligible\n        reasons\n      }\n      overdueCommitmentCount\n      breachedCommitmentCount\n      commitmentFulfilmentRate\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyWideDomains\n      region {\n        code\n        name\n      }\n      civilServantCount\n      creditFileCoverage\n      activeDishonestyRecordCount\n      honorEligibility {\n        eligible\n        reasons\n      }\n      overdueCommitmentCount\n      breachedCommitmentCount\n      commitmentFulfilmentRate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {\n    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {\n      total\n      items {\n        id\n        code\n        name\n        shortName\n        kind\n        countyWideDomains\n        version\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {\n    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {\n      total\n      items {\n        id\n        code\n        name\n        shortName\n        kind\n        countyWideDomains\n        version\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      countyWideDomains\n      version\n      region {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      countyWideDomains\n      version\n      region {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Enterprises($page: Int, $pageSize: Int, $search: String) {\n    enterprises(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        uscc\n        name\n        legalRepresentative\n        regionCode\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Enterprises($page: Int, $pageSize: Int, $search: String) {\n    enterprises(page: $page, pageSize: $pageSize, search: $search) {\n      total\n      items {\n        uscc\n        name\n        legalRepresentative\n        regionCode\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      uscc\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      uscc\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEnterprise($uscc: String!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(uscc: $uscc, input: $input) {\n      uscc\n      name\n      legalRepresentative\n      regionCode\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEnterprise($uscc: String!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(uscc: $uscc, input: $input) {\n      uscc\n      name\n      legalRepresentative\n      regionCode\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($page: Int, $pageSize: Int, $search: String, $departmentId: ID) {\n    users(page: $page, pageSize: $pageSize, search: $search, departmentId: $departmentId) {\n      total\n      items {\n        id\n        username\n        displayName\n        roles\n        domains\n        active\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($page: Int, $pageSize: Int, $search: String, $departmentId: ID) {\n    users(page: $page, pageSize: $pageSize, search: $search, departmentId: $departmentId) {\n      total\n      items {\n        id\n        username\n        displayName\n        roles\n        domains\n        active\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      roles\n      domains\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      roles\n      domains\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Regions {\n    regions {\n      code\n      name\n      level\n    }\n  }\n',
): (typeof documents)['\n  query Regions {\n    regions {\n      code\n      name\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentOptions {\n    departments(pageSize: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentOptions {\n    departments(pageSize: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {\n    createInvestmentAgreement(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {\n    createInvestmentAgreement(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateInvestmentAgreement($id: ID!, $input: UpdateInvestmentAgreementInput!) {\n    updateInvestmentAgreement(id: $id, input: $input) {\n      id\n      contactPerson\n      investedToDate\n      jobsCreated\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateInvestmentAgreement($id: ID!, $input: UpdateInvestmentAgreementInput!) {\n    updateInvestmentAgreement(id: $id, input: $input) {\n      id\n      contactPerson\n      investedToDate\n      jobsCreated\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {\n    investmentAgreements(\n      page: $page\n      pageSize: $pageSize\n      departmentId: $departmentId\n      townCode: $townCode\n      search: $search\n    ) {\n      total\n      items {\n        id\n        title\n        investorUscc\n        investorName\n        amount\n        signedOn\n        investedToDate\n        jobsCreated\n        contactPerson\n        version\n        department {\n          id\n          name\n        }\n        town {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {\n    investmentAgreements(\n      page: $page\n      pageSize: $pageSize\n      departmentId: $departmentId\n      townCode: $townCode\n      search: $search\n    ) {\n      total\n      items {\n        id\n        title\n        investorUscc\n        investorName\n        amount\n        signedOn\n        investedToDate\n        jobsCreated\n        contactPerson\n        version\n        department {\n          id\n          name\n        }\n        town {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {\n    addCommitment(agreementId: $agreementId, input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {\n    addCommitment(agreementId: $agreementId, input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {\n    recordFulfilment(commitmentId: $commitmentId, input: $input) {\n      id\n      status\n      fulfilledAmount\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {\n    recordFulfilment(commitmentId: $commitmentId, input: $input) {\n      id\n      status\n      fulfilledAmount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCommitmentBreach($id: ID!, $note: String!) {\n    recordCommitmentBreach(id: $id, note: $note) {\n      id\n      status\n      breachNote\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCommitmentBreach($id: ID!, $note: String!) {\n    recordCommitmentBreach(id: $id, note: $note) {\n      id\n      status\n      breachNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WaiveCommitment($id: ID!, $input: WaiveCommitmentInput!) {\n    waiveCommitment(id: $id, input: $input) {\n      id\n      status\n      waiverNote\n    }\n  }\n',
): (typeof documents)['\n  mutation WaiveCommitment($id: ID!, $input: WaiveCommitmentInput!) {\n    waiveCommitment(id: $id, input: $input) {\n      id\n      status\n      waiverNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Commitments($page: Int, $pageSize: Int, $status: CommitmentStatus, $departmentId: ID) {\n    commitments(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        kind\n        description\n        amount\n        fulfilledAmount\n        dueDate\n        status\n        breachNote\n        waiverNote\n        version\n        department {\n          id\n          name\n        }\n        agreement {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Commitments($page: Int, $pageSize: Int, $status: CommitmentStatus, $departmentId: ID) {\n    commitments(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        kind\n        description\n        amount\n        fulfilledAmount\n        dueDate\n        status\n        breachNote\n        waiverNote\n        version\n        department {\n          id\n          name\n        }\n        agreement {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {\n    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        text\n        status\n        reviewNote\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {\n    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        text\n        status\n        reviewNote\n        version\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitPolicyForReview($id: ID!) {\n    submitPolicyForReview(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitPolicyForReview($id: ID!) {\n    submitPolicyForReview(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {\n    createIncentivePolicy(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {\n    createIncentivePolicy(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIncentivePolicy($id: ID!, $input: UpdateIncentivePolicyInput!) {\n    updateIncentivePolicy(id: $id, input: $input) {\n      id\n      title\n      legalBasis\n      text\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIncentivePolicy($id: ID!, $input: UpdateIncentivePolicyInput!) {\n    updateIncentivePolicy(id: $id, input: $input) {\n      id\n      title\n      legalBasis\n      text\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {\n    reviewPolicy(id: $id, approved: $approved, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {\n    reviewPolicy(id: $id, approved: $approved, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProcurementBreaches($page: Int, $pageSize: Int, $departmentId: ID) {\n    procurementBreaches(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        projectId\n        description\n        recordedOn\n        recordedBy\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProcurementBreaches($page: Int, $pageSize: Int, $departmentId: ID) {\n    procurementBreaches(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        projectId\n        description\n        recordedOn\n        recordedBy\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordProcurementBreach($input: RecordBreachInput!) {\n    recordProcurementBreach(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordProcurementBreach($input: RecordBreachInput!) {\n    recordProcurementBreach(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignContract($projectId: ID!, $input: SignContractInput!) {\n    signContract(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SignContract($projectId: ID!, $input: SignContractInput!) {\n    signContract(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPayment($milestoneId: ID!, $paidOn: Date!, $amount: Decimal!) {\n    recordPayment(milestoneId: $milestoneId, paidOn: $paidOn, amount: $amount) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPayment($milestoneId: ID!, $paidOn: Date!, $amount: Decimal!) {\n    recordPayment(milestoneId: $milestoneId, paidOn: $paidOn, amount: $amount) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAcceptance($projectId: ID!, $input: RecordAcceptanceInput!) {\n    recordAcceptance(projectId: $projectId, input: $input) {\n      id\n      acceptanceResult\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAcceptance($projectId: ID!, $input: RecordAcceptanceInput!) {\n    recordAcceptance(projectId: $projectId, input: $input) {\n      id\n      acceptanceResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {\n    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {\n      total\n      items {\n        id\n        name\n        phase\n        regionCode\n        totalInvestment\n        department {\n          id\n          name\n        }\n        obligations {\n          id\n          year\n          amount\n          paidAmount\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {\n    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {\n      total\n      items {\n        id\n        name\n        phase\n        regionCode\n        totalInvestment\n        department {\n          id\n          name\n        }\n        obligations {\n          id\n          year\n          amount\n          paidAmount\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PppCapacity($regionCode: String!, $year: Int!) {\n    pppFiscalCapacity(regionCode: $regionCode, year: $year) {\n      generalBudgetExpenditure\n      cap\n      committed\n      remaining\n    }\n    pppObligationsDue {\n      id\n      projectId\n      year\n      amount\n      paidAmount\n      status\n    }\n  }\n',
): (typeof documents)['\n  query PppCapacity($regionCode: String!, $year: Int!) {\n    pppFiscalCapacity(regionCode: $regionCode, year: $year) {\n      generalBudgetExpenditure\n      cap\n      committed\n      remaining\n    }\n    pppObligationsDue {\n      id\n      projectId\n      year\n      amount\n      paidAmount\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {\n      cap\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {\n    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {\n      cap\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePpp($input: CreatePppProjectInput!) {\n    createPppProject(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePpp($input: CreatePppProjectInput!) {\n    createPppProject(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {\n    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {\n    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdvancePppPhase($id: ID!, $phase: PppPhase!) {\n    advancePppPhase(id: $id, phase: $phase) {\n      id\n      phase\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AdvancePppPhase($id: ID!, $phase: PppPhase!) {\n    advancePppPhase(id: $id, phase: $phase) {\n      id\n      phase\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayPppObligation($id: ID!, $amount: Decimal!) {\n    payPppObligation(id: $id, amount: $amount) {\n      id\n      paidAmount\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PayPppObligation($id: ID!, $amount: Decimal!) {\n    payPppObligation(id: $id, amount: $amount) {\n      id\n      paidAmount\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProcurementProjectDetail($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      title\n      status\n      budget\n      methodName\n      purchaser {\n        id\n        name\n      }\n      timeline {\n        fromStatus\n        toStatus\n        at\n        byUser\n      }\n      bids {\n        id\n        supplierUscc\n        supplierName\n        amount\n        submittedAt\n      }\n      refusedBids {\n        id\n        supplierUscc\n        amount\n        reason\n        at\n      }\n      contract {\n        id\n        supplierName\n        amount\n        signedOn\n        milestones {\n          id\n          seq\n          dueDate\n          amount\n          paidAmount\n          paidOn\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProcurementProjectDetail($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      title\n      status\n      budget\n      methodName\n      purchaser {\n        id\n        name\n      }\n      timeline {\n        fromStatus\n        toStatus\n        at\n        byUser\n      }\n      bids {\n        id\n        supplierUscc\n        supplierName\n        amount\n        submittedAt\n      }\n      refusedBids {\n        id\n        supplierUscc\n        amount\n        reason\n        at\n      }\n      contract {\n        id\n        supplierName\n        amount\n        signedOn\n        milestones {\n          id\n          seq\n          dueDate\n          amount\n          paidAmount\n          paidOn\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {\n    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {\n    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardProject($projectId: ID!, $bidId: ID!) {\n    awardProject(projectId: $projectId, bidId: $bidId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AwardProject($projectId: ID!, $bidId: ID!) {\n    awardProject(projectId: $projectId, bidId: $bidId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProcurementProjects($page: Int, $pageSize: Int, $status: ProcurementStatus, $purchaserId: ID, $search: String) {\n    procurementProjects(page: $page, pageSize: $pageSize, status: $status, purchaserId: $purchaserId, search: $search) {\n      total\n      items {\n        id\n        ocid\n        title\n        category\n        method\n        budget\n        status\n        allowedTransitions\n        version\n        purchaser {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProcurementProjects($page: Int, $pageSize: Int, $status: ProcurementStatus, $purchaserId: ID, $search: String) {\n    procurementProjects(page: $page, pageSize: $pageSize, status: $status, purchaserId: $purchaserId, search: $search) {\n      total\n      items {\n        id\n        ocid\n        title\n        category\n        method\n        budget\n        status\n        allowedTransitions\n        version\n        purchaser {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectOcds($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      ocdsRelease\n    }\n  }\n',
): (typeof documents)['\n  query ProjectOcds($id: ID!) {\n    procurementProject(id: $id) {\n      id\n      ocid\n      ocdsRelease\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProcurementProject($input: CreateProcurementProjectInput!) {\n    createProcurementProject(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProcurementProject($input: CreateProcurementProjectInput!) {\n    createProcurementProject(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransitionProcurementProject($id: ID!, $to: ProcurementStatus!) {\n    transitionProcurementProject(id: $id, to: $to) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n',
): (typeof documents)['\n  mutation TransitionProcurementProject($id: ID!, $to: ProcurementStatus!) {\n    transitionProcurementProject(id: $id, to: $to) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Inspections($page: Int, $pageSize: Int, $departmentId: ID) {\n    inspections(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        inspectedOn\n        team\n        department {\n          id\n          name\n        }\n        findings {\n          id\n          seq\n          text\n          rectification {\n            id\n            status\n            deadline\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Inspections($page: Int, $pageSize: Int, $departmentId: ID) {\n    inspections(page: $page, pageSize: $pageSize, departmentId: $departmentId) {\n      total\n      items {\n        id\n        inspectedOn\n        team\n        department {\n          id\n          name\n        }\n        findings {\n          id\n          seq\n          text\n          rectification {\n            id\n            status\n            deadline\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrderRectification($input: OrderRectificationInput!) {\n    orderRectification(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation OrderRectification($input: OrderRectificationInput!) {\n    orderRectification(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportRectification($id: ID!, $input: ReportRectificationInput!) {\n    reportRectification(id: $id, input: $input) {\n      id\n      status\n      report\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportRectification($id: ID!, $input: ReportRectificationInput!) {\n    reportRectification(id: $id, input: $input) {\n      id\n      status\n      report\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideRectification($id: ID!, $accepted: Boolean!, $note: String) {\n    decideRectification(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideRectification($id: ID!, $accepted: Boolean!, $note: String) {\n    decideRectification(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rectifications($page: Int, $pageSize: Int, $status: RectificationStatus, $departmentId: ID) {\n    rectifications(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        subject\n        basis\n        deadline\n        status\n        origin\n        report\n        evidence\n        reportedOn\n        decisionNote\n        overdueOn\n        orderedOn\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Rectifications($page: Int, $pageSize: Int, $status: RectificationStatus, $departmentId: ID) {\n    rectifications(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {\n      total\n      items {\n        id\n        subject\n        basis\n        deadline\n        status\n        origin\n        report\n        evidence\n        reportedOn\n        decisionNote\n        overdueOn\n        orderedOn\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
