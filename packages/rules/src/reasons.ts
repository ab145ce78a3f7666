/**
 * Reason codes: why a request was refused, stable and machine-readable, beside the contract's
 * `extensions.code`. Every refusal a subgraph raises names one (`extensions.reason`) with its figures
 * (`extensions.params`); the console shows the message of the reader's locale from this table, while
 * the server's English `message` stays for integrators. The table's type makes a reason without both
 * messages a compile error.
 */
export type Locale = 'zh-CN' | 'en-US';

interface ReasonText {
  'zh-CN': string;
  'en-US': string;
}

/** `{name}` in a template is replaced by `params.name`. */
export const REASONS = {
  // signing in and access
  LOGIN_REQUIRED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  SESSION_INVALID: { 'zh-CN': '登录已失效，请重新登录', 'en-US': 'Your session is no longer valid; sign in again' },
  WRONG_CREDENTIALS: {
    'zh-CN': '用户名或密码错误，或账号已停用',
    'en-US': 'Wrong username or password, or the account is disabled',
  },
  NOT_PERMITTED: { 'zh-CN': '您的账号无权执行此操作', 'en-US': 'Your account may not do this' },
  OWN_DEPARTMENT_ONLY: { 'zh-CN': '只能办理本单位的数据', 'en-US': 'You may write data of your own department only' },
  OWN_TOWN_ONLY: { 'zh-CN': '只能办理本镇的数据', 'en-US': 'You may write data of your own town only' },
  COUNTY_WIDE_ONLY: {
    'zh-CN': '只有全县统筹部门的经办人可以办理',
    'en-US': 'Only officers acting county-wide may do this',
  },
  RECORDER_ONLY: {
    'zh-CN': '信用修复由认定失信行为的单位决定（谁认定谁修复）',
    'en-US': 'A repair is decided by the authority that recorded the dishonesty',
  },
  CREDIT_REPORT_NOT_PERMITTED: {
    'zh-CN': '信用报告可由信用、监督部门和县领导出具；采购、招商经办人可出具企业的报告，各单位可出具本单位的报告',
    'en-US':
      'Credit reports are made by credit readers; procurement and investment officers may have one on an enterprise, any officer on their own department',
  },
  USERNAME_RESERVED: {
    'zh-CN': '该用户名为系统保留（system、public、anonymous），请另选一个',
    'en-US': 'This username is reserved (system, public, anonymous); choose another',
  },
  NOT_YOUR_OWN: { 'zh-CN': '不能审核自己提交的申请', 'en-US': 'You may not decide on what you submitted yourself' },
  ACCEPTED_BY_ANOTHER: {
    'zh-CN': '该异议已由其他单位受理，由受理单位继续办理',
    'en-US': 'Another department accepted this objection and handles it to the end',
  },
  OWN_DEPARTMENT_CASE: {
    'zh-CN': '涉及本单位的事项应由其他单位审核',
    'en-US': 'A case about your own department is decided by another',
  },
  // input shape (class-validator constraints and the kit's parsers)
  REQUIRED: { 'zh-CN': '此项必填', 'en-US': 'This field is required' },
  TOO_SHORT: { 'zh-CN': '至少 {min} 个字符', 'en-US': 'At least {min} characters' },
  TOO_LONG: { 'zh-CN': '最多 {max} 个字符', 'en-US': 'At most {max} characters' },
  TOO_SMALL: { 'zh-CN': '不能小于 {min}', 'en-US': 'Must be at least {min}' },
  TOO_LARGE: { 'zh-CN': '不能大于 {max}', 'en-US': 'Must be at most {max}' },
  TOO_FEW_ITEMS: { 'zh-CN': '至少需要 {min} 项', 'en-US': 'At least {min} items are needed' },
  TOO_MANY_ITEMS: { 'zh-CN': '最多 {max} 项', 'en-US': 'At most {max} items' },
  INVALID_FORMAT: { 'zh-CN': '格式不正确', 'en-US': 'The format is not valid' },
  INVALID_VALUE: { 'zh-CN': '取值不在允许范围内', 'en-US': 'This value is not allowed' },
  INVALID_DATE: { 'zh-CN': '日期格式应为 YYYY-MM-DD', 'en-US': 'A date is written YYYY-MM-DD' },
  INVALID_DECIMAL: { 'zh-CN': '请输入数字，例如 1234.56', 'en-US': 'Enter a number such as 1234.56' },
  TOO_MANY_DECIMALS: { 'zh-CN': '最多保留 {scale} 位小数', 'en-US': 'At most {scale} decimal places' },
  NOT_POSITIVE: { 'zh-CN': '金额必须大于零', 'en-US': 'The amount must be more than zero' },
  NEGATIVE: { 'zh-CN': '金额不能为负数', 'en-US': 'The amount may not be negative' },
  INVALID_YEAR: { 'zh-CN': '年份应在 {min} 至 {max} 之间', 'en-US': 'The year must lie between {min} and {max}' },
  INVALID_REGION_CODE: { 'zh-CN': '区划代码应为 6、9 或 12 位数字', 'en-US': 'A division code has 6, 9 or 12 digits' },
  INVALID_TOWN_CODE: {
    'zh-CN': '镇街区划代码应为 9 或 12 位数字',
    'en-US': 'A town’s division code has 9 or 12 digits',
  },
  INVALID_RATE: {
    'zh-CN': '年利率应大于 0 且不超过 {max}%',
    'en-US': 'The annual rate must be above 0 and at most {max}%',
  },
  // identifiers (GB 32100-2015, GB 11643-1999)
  USCC_LENGTH: { 'zh-CN': '统一社会信用代码应为 18 位', 'en-US': 'A unified social credit code has 18 characters' },
  USCC_CHARACTER: {
    'zh-CN': '统一社会信用代码含有不允许的字符（不含 I、O、S、V、Z）',
    'en-US': 'The code contains a character that is not allowed (no I, O, S, V, Z)',
  },
  NOT_A_COUNTY_BODY: {
    'zh-CN': '该统一社会信用代码不属于本县登记的机关单位',
    'en-US': 'The code is not one of a body registered in the county directory',
  },
  DUPLICATE_CASE_NUMBER: { 'zh-CN': '案号在文件中重复出现', 'en-US': 'The case number appears twice in the file' },
  CASE_OF_ANOTHER_BODY: {
    'zh-CN': '该案号已作为另一单位的失信记录登记',
    'en-US': 'This case number is already recorded against another body',
  },
  FILE_NOT_JSON: { 'zh-CN': '文件不是有效的 JSON', 'en-US': 'The file is not valid JSON' },
  FILE_NOT_JSON_ARRAY: {
    'zh-CN': '文件应为 JSON 数组，每个元素一行记录',
    'en-US': 'The file must be a JSON array, one element per row',
  },
  FILE_EMPTY: { 'zh-CN': '文件为空', 'en-US': 'The file is empty' },
  FILE_HEADER_MISSING: {
    'zh-CN': '文件首行缺少字段：{fields}',
    'en-US': 'The header row lacks: {fields}',
  },
  USCC_NOT_GOVERNMENT: {
    'zh-CN': '机关的统一社会信用代码以 {prefix} 开头',
    'en-US': 'A government body’s unified social credit code begins with {prefix}',
  },
  INVALID_USCC: {
    'zh-CN': '统一社会信用代码校验位错误，应为 {expected}',
    'en-US': 'The unified social credit code fails its check character (it should be {expected})',
  },
  RESIDENT_ID_15_DIGITS: {
    'zh-CN': '不接受 15 位旧身份证号码，请填写 18 位号码',
    'en-US': '15-digit identity numbers are not accepted; enter the 18-digit number',
  },
  RESIDENT_ID_FORMAT: {
    'zh-CN': '身份证号码应为 17 位数字加 1 位校验码',
    'en-US': 'An identity number is 17 digits and a check character',
  },
  RESIDENT_ID_BIRTH_DATE: {
    'zh-CN': '身份证号码中的出生日期不存在',
    'en-US': 'The identity number holds an impossible date of birth',
  },
  INVALID_RESIDENT_ID: { 'zh-CN': '身份证号码校验位错误', 'en-US': 'The identity number fails its check character' },
  // what exists already or not at all
  ALREADY_REGISTERED: { 'zh-CN': '已登记，不能重复登记', 'en-US': 'This is already registered' },
  ALREADY_HAS_FILE: { 'zh-CN': '该公务员已建立信用档案', 'en-US': 'This civil servant already has a credit file' },
  NOT_REGISTERED: { 'zh-CN': '所选对象不存在', 'en-US': 'The selected item does not exist' },
  NOT_FOUND: { 'zh-CN': '要找的数据不存在', 'en-US': 'The item does not exist' },
  STALE_VERSION: {
    'zh-CN': '数据已被他人修改，请刷新后重试',
    'en-US': 'Someone else changed this; reload it and try again',
  },
  // dates
  DATE_NOT_IN_YEAR: { 'zh-CN': '日期应在 {year} 年内', 'en-US': 'The date must fall in {year}' },
  DUPLICATE_DATE: { 'zh-CN': '{date} 重复出现', 'en-US': '{date} is listed twice' },
  DATE_IN_FUTURE: { 'zh-CN': '日期不能晚于今天', 'en-US': 'The date may not be in the future' },
  DATE_TOO_EARLY: { 'zh-CN': '日期不能早于 {date}', 'en-US': 'The date may not be before {date}' },
  DATE_NOT_AFTER: { 'zh-CN': '日期必须晚于 {date}', 'en-US': 'The date must be after {date}' },
  DATE_TOO_LATE: { 'zh-CN': '日期不能晚于 {date}', 'en-US': 'The date may not be after {date}' },
  // amounts
  EXCEEDS_OUTSTANDING: { 'zh-CN': '超过未付金额 {outstanding} 元', 'en-US': 'More than the outstanding {outstanding}' },
  BUDGET_EXCEEDED: { 'zh-CN': '超过预算 {budget} 元', 'en-US': 'More than the budget of {budget}' },
  SUM_MISMATCH: {
    'zh-CN': '各项合计 {total} 元，应为 {expected} 元',
    'en-US': 'The parts add up to {total}, not {expected}',
  },
  NOTHING_PAID: { 'zh-CN': '本金和利息不能都为零', 'en-US': 'Some principal or interest must be paid' },
  DEBT_LIMIT_EXCEEDED: { 'zh-CN': '超过 {year} 年债务限额', 'en-US': 'Above the debt limit of {year}' },
  TOWN_MAY_NOT_BORROW: {
    'zh-CN': '乡镇政府不得举借债务，地方政府债券由省级政府发行后转贷县级政府（预算法第三十五条）',
    'en-US': 'Towns do not borrow: bonds are issued by the province and on-lent to the county (Budget Law art. 35)',
  },
  DIRECT_BORROWING_NOT_ALLOWED: {
    'zh-CN': '2015年1月1日起地方政府只能通过转贷的地方政府债券举借债务，贷款和其他方式仅可登记此前的存量',
    'en-US':
      'From 1 January 2015 the county borrows only through on-lent bonds; loans are recorded only as earlier stock',
  },
  BOND_PURPOSE_REQUIRED: {
    'zh-CN': '请注明债券为新增债券还是再融资债券',
    'en-US': 'State whether the bond is new borrowing or refinancing',
  },
  NO_STOCK_PLAN: {
    'zh-CN': '{year} 年尚未登记年初存量和化解计划',
    'en-US': 'No opening stock and resolution plan recorded for {year}',
  },
  REDUCTION_EXCEEDS_STOCK: {
    'zh-CN': '化解金额超过尚未化解的存量（剩余 {remaining} 元）',
    'en-US': 'The reduction exceeds the stock left ({remaining})',
  },
  PLAN_EXCEEDS_STOCK: {
    'zh-CN': '计划化解额不能超过年初存量',
    'en-US': 'The planned reduction cannot exceed the opening stock',
  },
  PLAN_LOWERED: {
    'zh-CN': '年度计划化解额自当年1月1日起不能调减',
    'en-US': "A year's planned reduction cannot be lowered once the year has begun",
  },
  OPENING_STOCK_MISMATCH: {
    'zh-CN': '年初存量应等于上年年初存量减去上年已化解额（{expected}）',
    'en-US': "The opening stock must equal last year's opening stock less last year's reductions ({expected})",
  },
  CARRY_OVER_EXCEEDS_NEXT_YEAR: {
    'zh-CN':
      '结转后 {year} 年年初存量将为 {opening} 元，低于该年计划化解额 {plannedReduction} 元或已化解额 {reduced} 元，请先核对该年计划',
    'en-US':
      'Carried over, the opening stock of {year} would be {opening}, below its planned reduction ({plannedReduction}) or what is already reduced in it ({reduced})',
  },
  YEAR_CLOSED: {
    'zh-CN': '{year} 年度已关闭，不能再报送或修改',
    'en-US': 'The year {year} is closed: nothing more can be filed or changed',
  },
  DATE_OUTSIDE_YEAR: { 'zh-CN': '日期应在 {year} 年内', 'en-US': 'The date must fall in {year}' },
  INSTRUMENT_OF_OTHER_REGION: {
    'zh-CN': '该债务不属于所选地区',
    'en-US': 'The instrument belongs to another region',
  },
  INCIDENT_RESOLVED: { 'zh-CN': '该风险事件已处置完毕', 'en-US': 'The incident is already resolved' },
  FISCAL_CAP_EXCEEDED: {
    'zh-CN': 'PPP 支出责任超过一般公共预算支出的 10%（上限 {cap} 元）',
    'en-US': 'PPP obligations above 10% of general budget expenditure (cap {cap})',
  },
  SME_PAYMENT_TERM_TOO_LONG: {
    'zh-CN': '向中小企业付款的期限最长不得超过 {max} 日（《保障中小企业款项支付条例》第九条）',
    'en-US': 'An SME is paid within at most {max} days (SME Payment Regulations art. 9)',
  },
  LATE_RATE_BELOW_LPR: {
    'zh-CN': '约定的逾期利率不得低于合同订立时1年期贷款市场报价利率 {lpr}%（条例第十七条）',
    'en-US': 'The agreed late-payment rate may not be below the one-year LPR at signing, {lpr}% (art. 17)',
  },
  SME_ACCEPTANCE_PERIOD_REQUIRED: {
    'zh-CN':
      '以验收合格为付款条件的，合同应当约定明确、合理的验收期限（交付后天数）（《保障中小企业款项支付条例》第十条）',
    'en-US':
      'Payment conditioned on acceptance needs an agreed acceptance period, in days after delivery (SME Payment Regulations art. 10)',
  },
  LPR_NOT_KNOWN: {
    'zh-CN': '利率表只收录到 {knownThrough} 公布的贷款市场报价利率，无法核对约定利率；请更新利率表或不约定利率',
    'en-US':
      'The LPR table runs only to the publication of {knownThrough}; the agreed rate cannot be checked until it is extended',
  },
  // credit records
  PUBLICITY_BEFORE_DECISION: {
    'zh-CN': '公示截止日不能早于决定日期',
    'en-US': 'The publicity end may not be before the decision date',
  },
  MUST_PUBLISH: {
    'zh-CN': '一般及以上失信记录必须公示',
    'en-US': 'GENERAL and SERIOUS dishonesty records must be published',
  },
  SANCTION_KIND_REQUIRED: {
    'zh-CN': '公务员纪律处分须注明处分种类（警告、记过、记大过、降级、撤职、开除）',
    'en-US':
      'A civil servant’s disciplinary sanction must name its kind (warning, demerit, major demerit, demotion, removal, expulsion)',
  },
  SANCTION_KIND_NOT_APPLICABLE: {
    'zh-CN': '处分种类只适用于公务员的纪律处分记录',
    'en-US': 'A sanction kind applies only to a civil servant’s disciplinary sanction',
  },
  PUBLICITY_END_REQUIRED: {
    'zh-CN': '公示的记录须填写公示截止日',
    'en-US': 'A published record needs a publicity end',
  },
  PUBLICITY_OUT_OF_RANGE: {
    'zh-CN': '公示截止日应在 {min} 至 {max} 之间',
    'en-US': 'The publicity end must lie between {min} and {max}',
  },
  REPAIR_NOT_DISHONESTY: {
    'zh-CN': '只有有效的失信记录可以申请信用修复',
    'en-US': 'Only an active dishonesty record can be repaired',
  },
  REPAIR_NOT_YET: { 'zh-CN': '{opensOn} 起方可申请信用修复', 'en-US': 'Repair may be applied for from {opensOn}' },
  CAUSE_NOT_CURED: {
    'zh-CN': '失信原因尚未消除（欠款未付清或判决未履行），暂不能申请信用修复',
    'en-US': 'The cause is not cured yet (the arrears unpaid or the judgment unfulfilled): no repair until it is',
  },
  // users and the directory
  OFFICER_NEEDS_DEPARTMENT: { 'zh-CN': '经办人必须属于一个单位', 'en-US': 'An officer must belong to a department' },
  OFFICER_NEEDS_DOMAIN: { 'zh-CN': '经办人至少要有一个业务领域', 'en-US': 'An officer needs at least one domain' },
  CANNOT_LOCK_OUT_SELF: {
    'zh-CN': '不能停用自己的账号或取消自己的管理员角色',
    'en-US': 'You may not disable your own account or drop your own ADMIN role',
  },
  // workflows
  // the servers' `from` is a status code of whichever item it was: not shown (a raw code), the reader refreshes
  INVALID_STATE: {
    'zh-CN': '该事项当前的状态下不能执行此操作，可能已由他人办理，请刷新后查看',
    'en-US': 'Not possible in the item’s current state (someone may have acted on it); refresh to see it',
  },
  INVALID_TRANSITION: {
    'zh-CN': '该事项当前的状态不能变更为所选状态，请刷新后查看',
    'en-US': 'The item cannot move from its current state to the one asked for; refresh to see it',
  },
  REACHED_THROUGH: {
    'zh-CN': '该状态须通过专门的操作进入',
    'en-US': 'This state is reached through its own operation',
  },
  UNTRUSTED_DOCUMENT: {
    'zh-CN': '该操作不是本系统页面登记的操作，浏览器只能发送已登记的操作',
    'en-US': 'Browsers may send only the operations the console registered',
  },
  EVALUATION_EXISTS: {
    'zh-CN': '该年度的考核评价已经启动',
    'en-US': 'That year’s evaluation has already been started',
  },
  EVALUATION_FEEDBACK_CLOSED: {
    'zh-CN': '反馈期限已过或考核结果已确定，不能再提出反馈',
    'en-US': 'The feedback period is over or the results are final',
  },
  EVALUATION_FEEDBACK_OPEN: {
    'zh-CN': '反馈期限（{date}）尚未届满，暂不能确定最终结果',
    'en-US': 'Feedback may be filed until {date}; the results cannot be made final yet',
  },
  FEEDBACK_DEADLINE_CALENDAR_MISSING: {
    'zh-CN': '反馈期限所跨年度尚未载入工作日安排，期限可能顺延，暂不能确定最终结果',
    'en-US':
      'The feedback deadline runs through a year whose working calendar is not loaded and may move later; the results cannot be made final yet',
  },
  FEEDBACK_ALREADY_FILED: {
    'zh-CN': '本单位已对该结果提出反馈',
    'en-US': 'Your department has already filed feedback',
  },
  FEEDBACK_UNDECIDED: {
    'zh-CN': '还有 {count} 条反馈意见未处理',
    'en-US': '{count} feedback items are still undecided',
  },
  FINDING_ALREADY_ORDERED: {
    'zh-CN': '该督查发现的问题已下达整改通知',
    'en-US': 'A rectification order has already been opened from this finding',
  },
  ALREADY_PENDING: {
    'zh-CN': '已有待处理的申请，请等待结果',
    'en-US': 'An application is already pending; wait for its decision',
  },
  INQUIRY_GOODS_ONLY: {
    'zh-CN': '询价方式只适用于货物采购（《政府采购法》第三十二条），工程和服务请选择其他采购方式',
    'en-US': 'Request for quotation is for goods only (Government Procurement Law, art. 32); choose another method',
  },
  NON_OPEN_APPROVAL_REQUIRED: {
    'zh-CN':
      '货物、服务预算达到 {threshold} 元的，应当公开招标；采用其他采购方式须填写设区的市级以上财政部门的批准文号（《政府采购法》第二十七条）',
    'en-US':
      'Goods or services budgeted at {threshold} yuan or more are bought by open tender; another method needs the number of the approval by a city-level (or higher) finance department',
  },
  NOT_A_BID_OF_PROJECT: { 'zh-CN': '该投标不属于此项目', 'en-US': 'This bid is not a bid on this project' },
  PPP_NEW_MECHANISM_NO_OBLIGATION: {
    'zh-CN':
      '2023年新机制项目不登记年度政府支出责任（国办函〔2023〕115号：不因采用政府和社会资本合作模式额外新增地方财政未来支出责任）',
    'en-US': 'A PPP project under the 2023 mechanism takes on no government payment obligation',
  },
  PPP_PRE_2023_NOT_ESTABLISHED: {
    'zh-CN': '存量项目须在 {before} 前完成社会资本方招标采购程序；此前未完成的项目按新机制执行（国办函〔2023〕115号）',
    'en-US':
      'A project begun before the 2023 mechanism completed its partner procurement before {before}; later ones follow the 2023 mechanism',
  },
  MILESTONES_UNPAID: {
    'zh-CN': '尚有 {count} 笔合同款项未付清，项目不能结项',
    'en-US': '{count} payment milestone(s) are not paid in full; the project cannot be closed',
  },
  SUPPLIER_RESTRICTED: {
    'zh-CN': '该企业存在未届满的严重失信记录，依规不予办理（投标、中标、签约或招商协议）',
    'en-US':
      'The enterprise has an active serious dishonesty record: this step (bid, award, contract or agreement) is refused',
  },
  POLICY_NOT_APPROVED: {
    'zh-CN': '承诺只能依据已批准的优惠政策',
    'en-US': 'A commitment may rest only on an approved policy',
  },
  FAIR_COMPETITION_REVIEW_REQUIRED: {
    'zh-CN': '该类承诺须经公平竞争审查，请填写审查文号、审查机构、审查日期和审查结论',
    'en-US':
      'This kind of commitment needs a fair-competition review: give its document number, reviewing body, date and conclusion',
  },
  FAIR_COMPETITION_REVIEW_AFTER_SIGNING: {
    'zh-CN': '公平竞争审查应在协议签订前完成，审查日期不能晚于签订日期（{date}）',
    'en-US': 'The fair-competition review must come before the agreement was signed ({date})',
  },
  FAIR_COMPETITION_REVIEW_FAILED: {
    'zh-CN': '公平竞争审查结论为不得出台，不能作出该项承诺',
    'en-US': 'The fair-competition review did not pass: the commitment may not be made',
  },
  INVESTOR_CONSENT_REQUIRED: {
    'zh-CN': '豁免承诺须有投资方的书面同意，请填写投资方同意函的文号和日期',
    'en-US': 'A waiver needs the investor’s written consent: give the number and date of the investor’s letter',
  },
  // other services
  DEPENDENCY_DOWN: {
    'zh-CN': '相关服务暂时不可用，请稍后重试',
    'en-US': 'A service this needs cannot be reached; try again later',
  },
  // casework
  CASE_OUT_OF_SCOPE_REASON: {
    'zh-CN': '不予受理须说明理由',
    'en-US': 'Say why the case is out of scope',
  },
  EXTENSION_ALREADY_GRANTED: {
    'zh-CN': '该件已经延期一次，不能再次延期',
    'en-US': 'The case has already been extended once',
  },
  EXTENSION_TOO_LATE: {
    'zh-CN': '办理期限已于 {date} 届满，不能再延期（延期须在办理期限内批准）',
    'en-US': 'The reply period ran out on {date}; an extension is decided within it',
  },
  EXTENSION_NOT_ALLOWED: {
    'zh-CN': '该类办件的办理期限不能延长',
    'en-US': 'This kind of case has no extension',
  },
  OUTCOME_REQUIRED: {
    'zh-CN': '人大建议、政协提案的答复须注明办理结果（A、B、C 类）和代表委员满意度',
    'en-US':
      'A reply to an NPC suggestion or CPPCC proposal needs its outcome (A, B or C) and the delegate’s satisfaction',
  },
  OUTCOME_NOT_APPLICABLE: {
    'zh-CN': '只有人大建议、政协提案的答复注明 A、B、C 类办理结果',
    'en-US': 'Only replies to NPC suggestions and CPPCC proposals carry an A, B or C outcome',
  },
  NOT_LEAD_DEPARTMENT: {
    'zh-CN': '只有主办单位可以答复',
    'en-US': 'Only the lead department replies',
  },
  COMPLAINT_REFUSED: {
    'zh-CN': '投诉未能受理，请通过页面正常填写后提交',
    'en-US': 'The complaint could not be taken; fill in the form and send it again',
  },
  COMPLAINT_DUPLICATE: {
    'zh-CN': '近期已有内容相同或相近的投诉正在办理，请勿重复提交',
    'en-US': 'A complaint with the same or nearly the same content is already being handled',
  },
  COMPLAINT_NOT_FOUND: {
    'zh-CN': '查询编号或查询码不正确',
    'en-US': 'The tracking number or the access code is not right',
  },
  ALREADY_RATED: {
    'zh-CN': '已对本次答复作出评价',
    'en-US': 'This reply has already been rated',
  },
  NOT_REPLIED_YET: {
    'zh-CN': '尚未答复，答复后才能评价',
    'en-US': 'There is no reply to rate yet',
  },
  JUDGMENT_ALREADY_RECORDED: {
    'zh-CN': '案号 {caseNumber} 的判决已经登记',
    'en-US': 'A judgment with case number {caseNumber} is already recorded',
  },
  JUDGMENT_ALREADY_LISTED: {
    'zh-CN': '该判决的义务人已登记为失信被执行人',
    'en-US': 'The obligor of this judgment is already recorded as listed',
  },
  HEAD_RANK_REQUIRED: {
    'zh-CN': '负责人出庭时须注明出庭人姓名、职务及正职或副职',
    'en-US': 'When the head appeared, give the name, the post and whether head or deputy',
  },
  NO_DEADLINE_RULE: {
    'zh-CN': '{date} 没有适用于该类办件的办理期限规则',
    'en-US': 'No deadline rule for this kind of case applies on {date}',
  },
  // sessions, throttling and faults
  RATE_LIMITED: {
    'zh-CN': '尝试次数过多，请 {retryAfter} 秒后再试',
    'en-US': 'Too many attempts; try again in {retryAfter} seconds',
  },
  ALREADY_RECORDED: {
    'zh-CN': '相同内容刚刚已由他人登记，本次未保存，请刷新后查看',
    'en-US': 'The same was recorded by someone else a moment ago; nothing was saved: reload to see it',
  },
  RECORD_BUSY: {
    'zh-CN': '该记录正被他人修改，请刷新后重试',
    'en-US': 'Someone else is changing this record; reload it and try again',
  },
  AMOUNT_TOO_LARGE: { 'zh-CN': '金额超出可记录的范围', 'en-US': 'The amount is larger than can be recorded' },
  INVALID_CHARACTERS: { 'zh-CN': '含有无法识别的字符', 'en-US': 'The text contains characters that cannot be stored' },
  // supervision
  NOT_RESPONSIBLE: {
    'zh-CN': '本单位不是该任务的责任单位',
    'en-US': 'Your department is not responsible for this task',
  },
  PERIOD_NOT_STARTED: { 'zh-CN': '{period} 尚未开始，不能报送', 'en-US': 'The quarter {period} has not started' },
  INVALID_PERIOD: { 'zh-CN': '报送期应为“2026Q4”形式的季度', 'en-US': 'A quarter is written like 2026Q4' },
  // the scoring rules a supervisor publishes (invalidRules in supervision)
  GRADE_BANDS_NOT_DESCENDING: {
    'zh-CN': '等级分数线须依次递减：A 高于 B，B 高于 C，且在 1 至 100 之间',
    'en-US': 'The grade bands must descend: A above B, B above C, all from 1 to 100',
  },
  INDICATOR_NAME: {
    'zh-CN': '指标代码须以大写字母开头，由大写字母、数字和下划线组成，且不得重复',
    'en-US': 'An indicator code starts with a capital letter, holds capitals, digits and underscores, and is unique',
  },
  UNKNOWN_FIGURE: { 'zh-CN': '没有这个评分数据项', 'en-US': 'There is no such figure to score' },
  OUT_OF_RANGE: { 'zh-CN': '数值超出允许范围', 'en-US': 'The value is out of the allowed range' },
} as const satisfies Record<string, ReasonText>;

export type Reason = keyof typeof REASONS;
/** The figures a reason's message names: strings and numbers only, so they survive JSON unchanged. */
export type ReasonParams = Record<string, string | number>;

/**
 * What is wrong with a value, as a reason code and its figures: a rule's answer that the servers turn into a
 * coded BAD_USER_INPUT on the field and the console into the field's message.
 */
export interface RuleProblem {
  reason: Reason;
  params: ReasonParams;
}

/** Shown for a reason this build does not know (a newer server): never the server's English in zh-CN. */
export const GENERIC_REASON: ReasonText = {
  'zh-CN': '请求未能完成，请检查输入后重试',
  'en-US': 'The request could not be completed; check the input and try again',
};

export const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(REASONS, value);

/** Fill `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export const fillTemplate = (template: string, params: ReasonParams = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

/** The message of a reason in a locale, with its figures; an unknown reason gets the generic message. */
export function reasonMessage(
  reason: string | null | undefined,
  params: ReasonParams | null | undefined,
  locale: Locale,
): string {
  const text = isReason(reason) ? REASONS[reason] : GENERIC_REASON;
  return fillTemplate(text[locale], params ?? {});
}

/** The placeholders a template uses (for tests: params a reason must be given). */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
