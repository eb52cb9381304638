/**
 * The Chinese of every English text a problem+json answer can carry: DomainError details,
 * the field problems of the domain's validators, our zod messages, Fastify's errors. Commands
 * keep throwing English; `server/problem.ts` asks here when the request is in Chinese.
 *
 * A fixed text goes in `exact`. A text built from values goes in `templates`: its English
 * shape with `{}` per value, what each value is (a status or role becomes its Chinese word,
 * a `fragment` is translated from `fragments`, `text` stays as it is), and the Chinese with
 * `{0}`, `{1}`…. problem-messages.test.ts scans src/ and fails on a message missing here.
 */
import { termsZh } from './terms.js';

export type HoleKind =
  | 'text'
  | 'status'
  | 'statuses'
  | 'role'
  | 'severity'
  | 'category'
  | 'remedyKind'
  | 'locale'
  | 'limit'
  | 'fragment'
  | 'fragments'
  | 'conditions';

export interface MessageTemplate {
  /** The English with `{}` where a value goes, exactly as the source's template literal. */
  en: string;
  holes: readonly HoleKind[];
  /** The Chinese with `{0}`, `{1}`… for the translated values. */
  zh: string;
}

export const exact: Readonly<Record<string, string>> = {
  // Not found
  'No complaint with this id.': '找不到该投诉。',
  'No complaint with this tracking number and access token.': '没有找到与该单号和查询码对应的投诉。',
  'No remedy with this id.': '找不到该补救方案。',
  'No task with this id.': '找不到该协办任务。',
  'No reply template with this id.': '找不到该话术模板。',
  'No evidence file with this id.': '找不到该证据材料。',
  'No user with this id.': '找不到该用户。',
  'No team with this id.': '找不到该团队。',
  'No calendar with this id.': '找不到该工作日历。',
  'No case with this id.': '案例库中没有这个案例。',
  'No corrective or preventive action with this id.': '找不到该纠正或预防措施。',
  'No dead job with this id.': '找不到这个已失败的后台作业。',
  'No live token with this id.': '找不到这个有效的 API 令牌。',
  'Unknown user.': '未知用户。',
  'no user with this id': '找不到该用户',
  'no team with this id': '找不到该团队',
  'No active user with this id.': '找不到该 ID 对应的启用用户。',
  'No active team with this id.': '找不到该 ID 对应的启用团队。',
  'is a deactivated team': '该团队已停用',

  // Signing in, permissions and accounts
  'The email or the password is wrong.': '邮箱或密码错误。',
  'The token is unknown, expired or revoked: log in again.': '登录凭证无效、已过期或已被撤销：请重新登录。',
  'Send Authorization: Bearer <token>.': '请先登录（请求头需带 Authorization: Bearer <token>）。',
  'A user with this email exists.': '已有用户使用这个邮箱。',
  'The password is too weak.': '密码强度不够。',
  'Use at least 10 characters.': '至少需要 10 个字符。',
  'Do not use your email address.': '不能用邮箱地址作为密码。',
  'You cannot deactivate your own account: ask another admin.': '不能停用自己的账号：请找另一位管理员操作。',
  'This is the last active admin: make another user an admin first.':
    '这是最后一位启用中的管理员：请先把另一位用户设为管理员。',
  'Another team has this name.': '已有其他团队使用这个名称。',
  'give a name or active': '请填写名称或启用状态',
  'Only the owner of this complaint, a supervisor or an admin asks departments for help.':
    '只有该投诉的负责人、主管或管理员可以请部门协办。',
  'Only the owner of this complaint, a supervisor or an admin records its facts.':
    '只有该投诉的负责人、主管或管理员可以记录核实情况。',
  'Only the complaint’s owner, a supervisor or an admin cancels a task.':
    '只有投诉负责人、主管或管理员可以取消协办任务。',
  'Only the complaint’s owner, a supervisor or an admin records its follow-up.':
    '只有投诉负责人、主管或管理员可以记录回访。',
  'Only the complaint’s owner, a supervisor, a quality manager or an admin writes its post-mortem.':
    '只有投诉负责人、主管、质量经理或管理员可以撰写复盘。',
  'Only the task’s handler or the complaint’s owner (or a supervisor or admin) completes it.':
    '只有协办人或投诉负责人（或主管、管理员）可以完成该任务。',
  'Only the action’s owner, a quality manager or an admin marks it done.':
    '只有该措施的负责人、质量经理或管理员可以将其标记为完成。',
  'Only whoever set the action, a quality manager or an admin cancels it.':
    '只有设定该措施的人、质量经理或管理员可以取消它。',

  // The lifecycle: the same words as the web app's own (web/src/i18n/zh-CN.ts complaint.precondition),
  // which it shows for these refusals.
  'An owner is required: name the ownerId of the person who owns the complaint.': '请先为投诉指定负责人。',
  'An owner is required: triage the complaint and give it an owner first.': '请先为投诉指定负责人。',
  'A responsibility is required to propose a remedy.': '请先界定责任。',
  'At least one remedy is required to propose a remedy.': '请先提出至少一项补救方案（在“补救方案”中）。',
  'At least one remedy is required.': '请先提出至少一项补救方案（在“补救方案”中）。',
  'Every remedy must be approved before the work starts.':
    '所有补救方案获批后才能开始执行：还有方案在等待审批。',
  'A reason is required to reopen a complaint.': '请填写原因。',
  'A resolution text is required to resolve a complaint.': '请写明处理结果。',
  'A remedy is still waiting for approval: approve or reject it before resolving.':
    '还有补救方案在等待审批：获批后才能解决投诉。',
  'A reason is required to dismiss a complaint.': '请填写原因。',
  'A dismissed complaint keeps its triage.': '不予受理的投诉不能再修改分类研判结果。',
  'A dismissed complaint takes no more messages.': '不予受理的投诉不能再添加消息。',
  'ownerId is set only when triaging.': '只有在分类研判时才能设置 ownerId。',
  'hand a complaint over with POST /api/v1/complaints/{id}/owner':
    '转交投诉请使用 POST /api/v1/complaints/{id}/owner',
  'The owner must be an active user.': '负责人必须是启用中的用户。',
  'Someone changed this complaint since you loaded it: reload it and edit again.':
    '您打开之后，有人修改了这个投诉：请刷新后重新编辑。',
  'This complaint has no owner yet: triage it (and own it) before asking a department.':
    '该投诉还没有负责人：请先完成分类研判（并认领）再请部门协办。',
  'This complaint has no owner yet: triage it (and own it) before recording its facts.':
    '该投诉还没有负责人：请先完成分类研判（并认领）再记录核实情况。',
  'The facts are not valid.': '核实情况填写有误。',
  'a remedy was proposed on this complaint: change the responsibility, do not clear it':
    '该投诉已提出补救方案：责任界定可以修改，但不能清空',
  'The complaint has impossible times.': '投诉的时间不合理。',
  'must not be in the future': '不能晚于现在。',
  'must not be after the complaint was received': '不能晚于接收时间。',

  // Remedies and the customer's answers
  'A remedy must be concrete.': '补救方案必须具体。',
  'Describe the concrete action the customer gets (what, and when).':
    '请写明客户将得到的具体补救（做什么、什么时候）。',
  'There is no offer waiting for your answer.': '目前没有等待您答复的补救方案。',
  'say why you reject the offer': '请说明您不接受这个方案的原因',
  'This resolution has already been rated. Thank you.': '您已经评价过这次处理结果，谢谢！',
  'give an email address or a phone number': '请填写邮箱或手机号（至少一项）。',

  // Tasks, post-mortems, the case library
  'The task is not valid.': '协办任务填写有误。',
  'must be in the future': '必须是将来的时间',
  'The action cannot be added.': '无法添加该措施。',
  'The complaint has not been resolved yet: the post-mortem and its actions follow the resolution.':
    '投诉尚未解决：复盘及其措施要在解决之后进行。',
  'Name the root cause.': '请选择问题根源。',
  'Write down the lessons others can reuse.': '请写下可供他人借鉴的经验教训。',
  'Add at least one corrective or preventive action with an owner and a due date.':
    '请至少添加一项纠正或预防措施，并指定负责人和完成期限。',
  'This complaint is already in the case library.': '该投诉已在案例库中。',
  'at most 20 tags': '最多 20 个标签',

  // Evidence and uploads
  'No file in the request.': '请求中没有文件。',
  'attach at least one file': '请至少附上一个文件',
  'The multipart body is malformed or cut short.': '上传的内容格式有误或不完整。',
  'send a complete multipart/form-data body with a boundary':
    '请发送完整的 multipart/form-data 内容（含 boundary）',

  // Lists and windows
  'Invalid cursor.': '分页游标无效。',
  'The cursor is not one this server gave out.': '分页游标无效：不是本服务器给出的。',
  'is invalid': '无效',
  'is invalid: use the nextCursor of the previous page': '无效：请使用上一页返回的 nextCursor',
  'The window is empty.': '时间范围为空。',
  'The window is too long.': '时间范围太长。',
  'must be before to (default: now)': '必须早于结束时间 to（默认为现在）',
  'must be before to': '必须早于结束时间 to',
  'must give ids or all: true': '请提供 ids，或设置 all: true',

  // Text and formats (server/http/text.ts)
  'must not be empty': '不能为空',
  'must be on one line': '请写在一行内。',
  'must not contain NUL or other control characters': '内容包含无法保存的字符（如 NUL 等控制字符）。',
  'must be valid Unicode text (a lone surrogate was found)': '内容包含无法保存的字符（孤立的代理字符）。',
  'must be an ISO 8601 date-time, e.g. 2025-10-11T09:00:00.000Z':
    '必须是 ISO 8601 日期时间，如 2025-10-11T09:00:00.000Z',
  'must be a phone number (digits, spaces, +, -, parentheses)':
    '手机号格式不正确（只能包含数字、空格、+、- 和括号）。',
  'must be an ISO 4217 code such as CNY': '必须是 ISO 4217 货币代码，如 CNY',
  'must be a short id: a-z, 0-9, -': '必须是简短的 ID：只能用 a-z、0-9 和 -',
  'must be an email address': '邮箱格式不正确。',
  'is listed twice': '重复列出',
  'must be an active team, or null': '必须是启用中的团队，或为 null',

  // Remedy matrix and authority limits
  'must be 0 or more': '不能小于 0',
  'must have at most 2 decimals': '最多保留 2 位小数',
  'must have at most 2 decimal places': '最多保留 2 位小数',
  'an amount needs an ISO 4217 currency such as CNY': '填写金额时需要 ISO 4217 货币代码，如 CNY',
  'must be 0 or more, or null for unlimited': '不能小于 0；不限额请填 null',
  'the admin stays unlimited (null): above every limit nobody could decide a remedy':
    '管理员必须不限额（null）：否则超出所有额度的补救方案将无人能审批',

  // Calendars and deadlines
  'The business calendar is invalid.': '工作日历有误。',
  'The imported calendar is not valid.': '导入后的工作日历有误。',
  'The file cannot be imported as it is.': '该文件无法直接导入。',
  'The deadline input or policy is invalid.': '计算时限的输入或时限规则有误。',
  'The deadline policy is invalid.': '时限规则有误。',
  'leaves no business day in the week': '这样一周就没有工作日了',
  "must be a date 'YYYY-MM-DD'": '必须是日期，格式为 YYYY-MM-DD',
  "must be a list of dates 'YYYY-MM-DD'": '必须是日期列表，格式为 YYYY-MM-DD',
  'must be in the years 1900–2999': '年份必须在 1900–2999 之间',
  "must be a day number '0'–'6' (0 = Sunday)": "必须是星期数 '0'–'6'（0 = 星期日）",
  'must be a list of day numbers 0–6 (0 = Sunday)': '必须是星期数 0–6 的列表（0 = 星期日）',
  'must be a whole day number 0–6 (0 = Sunday)': '必须是 0–6 的整数星期数（0 = 星期日）',
  "must map day numbers '0'–'6' to opening ranges": "必须把星期数 '0'–'6' 对应到营业时间段",
  "must be a list of ranges {from: 'HH:MM', to: 'HH:MM'}": "必须是时间段列表 {from: 'HH:MM', to: 'HH:MM'}",
  "must be a time 'HH:MM' (00:00–23:59)": '必须是时间 HH:MM（00:00–23:59）',
  "must be a time 'HH:MM' (00:01–24:00)": '必须是时间 HH:MM（00:01–24:00）',
  'must list at most 8 ranges': '最多 8 个时间段',
  'must list each day of the week at most once': '一周中的每一天最多列出一次',
  'must be an IANA time zone such as Asia/Shanghai': '必须是 IANA 时区，如 Asia/Shanghai',
  'must be a valid instant': '必须是有效的时间',
  'must not be before receivedAt': '不能早于 receivedAt',
  'must be a positive number of hours': '必须是大于 0 的小时数',
  'must be a number of hours': '必须是小时数',
  'must be a number of hours above 0': '必须是大于 0 的小时数',
  'must be a whole number of business days': '必须是整数个工作日',
  'must be a whole number of business days, at least 1': '必须是整数个工作日，至少 1 天',
  'must be a share of the time between 0 and 1, e.g. 0.75': '必须是 0 到 1 之间的时间比例，如 0.75',
  'must not be fewer business days than ordinary complaints get': '不能少于普通投诉的工作日数',
  'must name a category, a severity or a tier': '请至少指定投诉类型、严重程度或客户等级之一',
  'must change at least one target': '至少要修改一项时限',
  'must be at least 1 business day': '至少 1 个工作日',
  'must be at most 250 business days': '最多 250 个工作日',
  'must be at most a year of hours (8760)': '最多一年的小时数（8760）',
  'must have at most 200 rules': '最多 200 条规则',

  // Reply templates and categories
  'must have at least one section with text': '至少要有一个段落有内容',
  'must have at most 500 templates': '最多 500 个模板',
  'This subcategory cannot be set here.': '这里不能设置这个子类型。',
  'must be a team id': '必须是团队 ID',
  'must be a subcategory id': '必须是子类型 ID',
  'must be the id of a subcategory of this category': '必须是该投诉类型下某个子类型的 ID',
  'no subcategory with this id': '没有这个子类型',
  'is deactivated': '已停用',

  // The HTTP layer (server/problem.ts)
  'The body is not valid JSON.': '请求内容不是有效的 JSON。',
  'The JSON body is empty.': 'JSON 请求内容为空。',
  'The body is too large.': '请求内容太大。',
  'A file is too large.': '文件太大。',
  'Too many files in one request.': '一次上传的文件太多。',
  'Too many parts in one request.': '一次请求的内容部分太多。',
  'This content type is not accepted here.': '这里不接受这种内容类型。',
  'Send the files as multipart/form-data.': '请以 multipart/form-data 格式上传文件。',
  'The Content-Length does not match the body.': 'Content-Length 与请求内容的长度不符。',
  'The Content-Type is invalid.': 'Content-Type 无效。',
  'Too many requests: wait a moment and try again.': '请求过于频繁：请稍候再试。',
  'The request contains characters that cannot be stored.': '请求中含有无法保存的字符。',
  'Remove NUL and other control characters.': '请删除 NUL 等控制字符。',
  'Something went wrong on our side. It has been logged.': '服务器出了点问题，我们已记录下来。',
};

/** Pieces that other messages put into a hole: `A resolved complaint {takes no new remedy}.` */
export const fragments: Readonly<Record<string, string>> = {
  'takes no new remedy': '不能再添加补救方案',
  'takes no more approvals': '不能再审批补救方案',
  'takes no more decisions on remedies': '不能再对补救方案作出决定',
  'takes no new department task': '不能再请部门协办',
  'cannot change owner': '不能更换负责人',
  'keeps its complexity': '不能再更改复杂程度',
  'keeps its facts as they were': '不能再修改核实情况',
  // What a post-mortem lacks (domain/learning/post-mortem.ts, completionDetail).
  'the root cause': '问题根源',
  'the lessons learned': '经验教训',
  'at least one corrective or preventive action': '至少一项纠正或预防措施',
};

const template = (en: string, holes: readonly HoleKind[], zh: string): MessageTemplate => ({ en, holes, zh });

export const templates: readonly MessageTemplate[] = [
  // Lifecycle and state
  template(
    'A complaint cannot go from {} to {}. Allowed next: {}.',
    ['status', 'status', 'statuses'],
    '投诉不能从“{0}”变为“{1}”。下一步只能是：{2}。',
  ),
  template('A {} complaint {}.', ['status', 'fragment'], '投诉已是“{0}”状态，{1}。'),
  template(
    'A {} complaint cannot go into the case library yet: resolve it first.',
    ['status'],
    '投诉目前是“{0}”状态，还不能加入案例库：请先解决。',
  ),
  template(
    'A follow-up is recorded after resolution; this complaint is {}.',
    ['status'],
    '回访要在投诉解决后记录；该投诉目前是“{0}”状态。',
  ),
  template(
    'The survey opens once the complaint is resolved; it is {}.',
    ['status'],
    '投诉解决后才能填写满意度调查；目前是“{0}”状态。',
  ),
  template('This remedy was already {}.', ['status'], '该补救方案已有结果：{0}。'),
  template('This task is already {}.', ['status'], '该协办任务已经是“{0}”状态。'),
  template('This action is already {}.', ['status'], '该措施已经是“{0}”状态。'),
  template('The post-mortem cannot be completed yet: add {}.', ['fragments'], '复盘还不能完成：请补充{0}。'),

  // Authority
  template('A {} may not do this ({}).', ['role', 'text'], '{0}无权执行此操作（{1}）。'),
  template(
    'Approving {} {} is beyond your authority ({} {}).',
    ['text', 'text', 'limit', 'text'],
    '批准 {0} {1} 超出了您的权限额度（{2} {3}）。',
  ),
  template(
    'Deciding on {} {} is beyond your authority ({} {}).',
    ['text', 'text', 'limit', 'text'],
    '审批 {0} {1} 超出了您的权限额度（{2} {3}）。',
  ),
  template('A {} needs an amount greater than 0.', ['remedyKind'], '{0}需要填写大于 0 的金额。'),
  template('{} has a row already (row {})', ['role', 'text'], '“{0}”已经有一行了（第 {1} 行）'),
  template('needs a row for {}', ['role'], '缺少“{0}”这一行'),
  template(
    'must be {} like the other rows: limits are compared without conversion',
    ['text'],
    '必须与其他行一样使用 {0}：额度之间不做货币换算',
  ),
  template(
    '{}: add at least one row without a category, so every {} complaint gets a suggestion',
    ['severity', 'severity'],
    '{0}：请至少添加一行不限投诉类型的方案，让每个{1}投诉都有建议可选',
  ),

  // Counts and limits
  template('The request has {} invalid field(s).', ['text'], '请求中有 {0} 项填写有误。'),
  template('The remedy matrix has {} problem(s).', ['text'], '补救方案矩阵有 {0} 处问题。'),
  template('The authority limits have {} problem(s).', ['text'], '权限额度有 {0} 处问题。'),
  template('The category has {} problem(s).', ['text'], '该投诉类型有 {0} 处问题。'),
  template('must be at most {} characters', ['text'], '最多 {0} 个字符'),
  template('must be at most {}', ['text'], '不能大于 {0}'),
  template('must be a whole number from {} to {}', ['text', 'text'], '必须是 {0} 到 {1} 之间的整数'),
  template('must be one of {}', ['text'], '必须是以下之一：{0}'),
  template('must be null or one of {}', ['text'], '必须为 null，或是以下之一：{0}'),
  template('must hold at most {} subcategories', ['text'], '最多 {0} 个子类型'),
  template('must list at most {} dates', ['text'], '最多 {0} 个日期'),
  template('must be at most {} days before to', ['text'], '最多只能比结束时间 to 早 {0} 天'),
  template(
    'must be at most {} days before to (default: now)',
    ['text'],
    '最多只能比结束时间 to（默认为现在）早 {0} 天',
  ),

  // Evidence, templates, models, routes
  template('A file may be at most {} MB.', ['text'], '文件最大 {0} MB。'),
  template('Files of type {} are not accepted.', ['text'], '不接受 {0} 类型的文件。'),
  template("The file's content is not {}.", ['text'], '文件内容与 {0} 类型不符。'),
  template('No reply template in {}.', ['locale'], '还没有{0}的话术模板。'),
  template(
    'uses {{{}}}, which is not a variable (known: {})',
    ['text', 'text'],
    '用到了 {{{0}}}，但它不是可用的变量（可用的有：{1}）',
  ),
  template('No triage model "{}".', ['text'], '没有版本为“{0}”的分类研判模型。'),
  template(
    'Triage model "{}" cannot be read by this version of Closeloop: {}',
    ['text', 'text'],
    '当前版本的 Closeloop 无法读取分类研判模型“{0}”：{1}',
  ),
  template('No route {} {}.', ['text', 'text'], '没有 {0} {1} 这个接口。'),

  // Categories
  template('is not a subcategory of {}', ['category'], '不是“{0}”的子类型'),
  template(
    "is not a subcategory of the complaint's category ({})",
    ['category'],
    '不是该投诉的投诉类型（{0}）下的子类型',
  ),
  template(
    'is the same as subcategory {}: names must differ',
    ['text'],
    '与第 {0} 个子类型同名：名称不能重复',
  ),
  template(
    '“{}” ({}) is set on complaints: keep it and deactivate it instead of removing it',
    ['text', 'text'],
    '“{0}”（{1}）已用于投诉：请保留并停用，不要删除',
  ),

  // Calendars and deadlines
  template('unknown IANA time zone: {}', ['text'], '未知的 IANA 时区：{0}'),
  template("not an existing date 'YYYY-MM-DD': {}", ['text'], '不是存在的日期（YYYY-MM-DD）：{0}'),
  template('day {} is listed twice', ['text'], '星期 {0} 列出了两次'),
  template('must be after {}', ['text'], '必须晚于 {0}'),
  template('overlaps {}[{}]', ['text', 'text'], '与 {0}[{1}] 重叠'),
  // As a zod issue the path reads dotted (sla.schema.ts withDottedPaths).
  template('overlaps {}', ['text'], '与 {0} 重叠'),
  template(
    '{} is both a holiday and a make-up working day (calendar.workdays[{}])',
    ['text', 'text'],
    '{0} 既是节假日又是调休上班日（calendar.workdays[{1}]）',
  ),
  template(
    '{} is both a holiday and a make-up working day (calendar.workdays.{})',
    ['text', 'text'],
    '{0} 既是节假日又是调休上班日（calendar.workdays.{1}）',
  ),
  template(
    '{} is both a day off and a working day in the file',
    ['text'],
    '{0} 在文件中既是休息日又是工作日',
  ),
  template('not a readable iCalendar file: {}', ['text'], '不是可读取的 iCalendar 文件：{0}'),
  template('must be a number of hours above 0 and at most {}', ['text'], '必须是大于 0、不超过 {0} 的小时数'),
  template(
    'must be a whole number of business days from 1 to {}',
    ['text'],
    '必须是 1 到 {0} 之间的整数个工作日',
  ),
  template('has the same conditions as rules.{}', ['text'], '与 rules.{0} 的条件相同'),
  template(
    'give complex complaints fewer business days than ordinary ones ({} < {}) for {}',
    ['text', 'text', 'conditions'],
    '复杂投诉的解决时限少于普通投诉（{0} < {1} 个工作日），适用于：{2}',
  ),
];

/** Titles by HTTP status, as `server/problem.ts` names them in English. */
export const titles: Readonly<Record<number, string>> = {
  400: '请求有误',
  401: '未登录',
  403: '无权操作',
  404: '未找到',
  405: '不支持该请求方法',
  409: '操作冲突',
  413: '内容太大',
  415: '不支持的内容类型',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Templates with their patterns, the most literal text first, so `at most {} characters` wins over `at most {}`. */
const compiled = templates
  .map((t) => {
    const literals = t.en.split('{}');
    return {
      template: t,
      pattern: new RegExp(`^${literals.map(escape).join('(.+?)')}$`, 's'),
      weight: literals.join('').length,
    };
  })
  .sort((a, b) => b.weight - a.weight);

const fill = (zh: string, values: readonly string[]) =>
  zh.replace(/\{(\d+)\}/g, (_, index: string) => values[Number(index)] ?? '');

function holeZh(kind: HoleKind, value: string): string | undefined {
  switch (kind) {
    case 'text':
      return value;
    case 'status':
      return termsZh.status(value);
    case 'statuses':
      return value === 'none'
        ? '无'
        : value
            .split(', ')
            .map((status) => `“${termsZh.status(status)}”`)
            .join('、');
    case 'role':
      return termsZh.role(value);
    case 'severity':
      return termsZh.severity(value);
    case 'category':
      return termsZh.category(value);
    case 'remedyKind':
      return termsZh.remedyKind(value);
    case 'locale':
      return termsZh.locale(value);
    case 'limit':
      return value === 'unlimited' ? '不限' : value;
    case 'fragment':
      return fragments[value];
    case 'fragments': {
      const parts = value.split(', ').map((part) => fragments[part]);
      return parts.every((part) => part !== undefined) ? parts.join('、') : undefined;
    }
    case 'conditions':
      return value === 'any complaint' ? '所有投诉' : conditionsZh(value);
    default:
      return kind satisfies never;
  }
}

/** `category logistics, severity minor, tier vip` (a deadline rule's conditions) → 投诉类型“物流配送”… */
function conditionsZh(value: string): string {
  const named: Record<string, [string, (key: string) => string]> = {
    category: ['投诉类型', termsZh.category],
    severity: ['严重程度', termsZh.severity],
    tier: ['客户等级', termsZh.tier],
    complexity: ['复杂程度', termsZh.complexity],
  };
  return value
    .split(', ')
    .map((condition) => {
      const [name = '', key = ''] = condition.split(' ');
      const known = named[name];
      return known ? `${known[0]}“${known[1](key)}”` : condition;
    })
    .join('、');
}

/** The Chinese of an English message; undefined when the catalogue does not know it. */
export function chineseOf(english: string): string | undefined {
  const known = exact[english];
  if (known !== undefined) return known;
  for (const { template: t, pattern } of compiled) {
    const match = pattern.exec(english);
    if (!match) continue;
    const values = t.holes.map((kind, index) => holeZh(kind, match[index + 1] ?? ''));
    if (values.every((value): value is string => value !== undefined)) return fill(t.zh, values);
  }
  return undefined;
}

/** The template whose English shape is `shape` (`A {} complaint {}.`), for the coverage test. */
export function templateOf(shape: string): MessageTemplate | undefined {
  return templates.find((t) => t.en === shape);
}
