import { parseCliArgs, type ParsedArgs } from './args';
import { CliExit } from './exit';

const USAGE = `用法：npm run cli -- <命令> [选项]   （所有命令都接受 --data 目录，默认为本机应用数据目录）

  users add --username 用户名 [--admin | --role 角色] [--name 姓名] [--dept 部门编号]
            (--password 密码 | --password-stdin)       创建用户（--admin 创建系统管理员）
  users list                                           列出用户
  audit verify [--expect 哈希[@序号]] [--expect-file 锚点.json] [--deep]
            校验审计日志的哈希链、本机打印过的审计链头（锚点）和防篡改触发器，有问题时逐条指出；
            --expect 核对文件上打印的审计链头，--expect-file（或 --anchor）核对签名锚点文件，
            --deep 按审计记录核对业务数据，指出在应用之外被改动、插入或删除的行
  audit anchor --out 锚点.json                         生成本单位签名的审计链头（请保存在本机以外）
  audit list [--limit N]                               显示最近的审计记录
  subjects import 文件.xlsx [--dry-run] [--strict]     导入检查对象（按统一社会信用代码新增或更新）
            默认导入正确的行并列出有误的行；--strict 有任何错误则不导入；--dry-run 只预览不导入
  subjects export 文件.xlsx [--q 关键词] [--type 类型] [--risk A|B|C|D] [--region 区划] [--industry 行业]
            [--status 登记状态] [--tag 标签] [--licence 许可]      导出检查对象（可再导入）
  inspectors import 文件.xlsx [--dry-run] [--strict]   导入执法人员（按执法证号新增或更新；选项与退出码同上）
  items import 文件.xlsx [--dry-run] [--strict]        导入抽查事项清单（按事项编码新增，或以今天为生效日期新增版本）
  uscc check 代码 [代码…]                              校验统一社会信用代码，逐个说明有效或无效的原因
  draw list                                            每个有抽取记录的任务一行：任务编号、名称、次数、状态
  draw export 任务编号 --out 记录.json                 导出任务的抽取（及人员匹配）记录
  draw verify 记录.json                                仅凭记录重算抽取与匹配结果，一致时打印 OK，否则指出第一处不同（无需数据库）
  calendar add 日期 N                                  按工作日历推算日期之后第 N 个工作日（不含当日）
  calendar is-workday 日期                             是否工作日：打印“是/否”，是则退出码 0，否则 1
  calendar parse-notice 通知.txt --year 年份 [--save [--replace]]
            解析国务院办公厅节假日安排通知（UTF-8 或 GBK 文本），每天一行“日期 放假|上班 节日”，不保存；
            --save 把该年加入工作日历（已有该年时拒绝，除非 --replace）；文本中没有该年安排时退出码 1
  code verify 检查码或二维码内容                        核验检查码：真实有效则打印任务、对象、期间、检查组并退出 0，否则退出 1
  report monthly --month 2026-10 [--dept 部门代码] --out 月报表.xlsx   生成县级（或一个部门的）双随机一公开月报表
  report summary --period 2026H1|2026 --out 汇总.xlsx  生成半年或年度工作汇总（按部门、按事项、部门联合抽查）
  pdf plan [--plan 编号 | --year 年度 [--dept 部门代码]] [--adjustments 版本|pending] --out 计划.pdf
                                                   打印年度抽查计划（不带参数为数据中最新年度的县级计划）或其调整通知
  pdf notice --task 编号 [--subject 对象编号] --out 通知书.pdf   打印抽查通知书（每户一份，含检查码二维码）
  pdf draw --task 编号 --out 抽取记录.pdf            打印抽取记录（draw verify 所需的全部输入和结果）
  pdf results --task 编号 --out 公示清单.pdf         打印结果公示清单（已公示的结果）
  pdf letter --task 编号 [--subject 对象编号] --out 告知书.pdf   打印检查结果告知书（每户一份）
  pdf workplan --task 编号 --out 工作方案.pdf         打印抽查工作方案（事项与依据、范围、比例、期间、方式、检查组、要求）
  pdf followup --followup 编号 [--to 收函单位] --out 函.pdf   打印后续处置的抄告函或移送函（措施为抄告、移送时）
  demo [--subjects N] [--seed S]                       在空数据目录中生成演示县的数据（默认 2000 个检查对象）
  call 方法名 [JSON]                                   直接调用任一接口方法（供脚本使用）

退出码：0 成功；1 操作被拒绝、校验失败或代码无效；2 导入时有数据行有误；64 用法错误。`;

/** sysexits' EX_USAGE: 1 and 2 carry meanings of their own (refused; import rows invalid). */
const EXIT_USAGE = 64;

/**
 * Commands that need no data directory: `draw verify` checks a record on any machine; `calendar parse-notice`
 * without --save only reads the notice, so it opens (or creates) no database.
 */
const STANDALONE: Record<string, (args: ParsedArgs) => Promise<void>> = {
  // Loaded on its own: the verifier needs none of the core, and starts in a fraction of the time.
  'draw verify': async (args) => (await import('./commands/draw-verify')).drawVerify(args),
  'calendar parse-notice': async (args) => (await import('./commands/calendar-notice')).calendarParseNotice(args),
};

/** node:util's parseArgs speaks English; the option it names is enough to say what went wrong in Chinese. */
function optionMistake(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知选项：${option}。`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项 ${option} 缺少取值或取值不对。`;
  return `命令行参数有误：${error.message}`;
}

async function main(argv: string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    console.error(`${optionMistake(error as Error & { code?: string })}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const standalone = STANDALONE[args.positionals.slice(0, 2).join(' ')];
  if (standalone && !args.values.help && !args.values.save) return runStandalone(standalone, args);
  const { findCommand } = await import('./commands/index');
  const { openCliCore } = await import('./context');
  const command = findCommand(args.positionals);
  if (args.values.help || !command) {
    (command || args.values.help ? console.log : console.error)(USAGE);
    return command || args.values.help ? 0 : EXIT_USAGE;
  }
  let core: Awaited<ReturnType<typeof openCliCore>> | undefined;
  try {
    core = openCliCore(args.values.data);
    await command(core, args);
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) (error.exitCode === 0 ? console.log : console.error)(error.message);
      return error.exitCode;
    }
    console.error('命令执行失败：', error);
    return 1;
  } finally {
    core?.close();
  }
}

async function runStandalone(command: (args: ParsedArgs) => Promise<void>, args: ParsedArgs): Promise<number> {
  try {
    await command(args);
    return 0;
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    if (error.message) (error.exitCode === 0 ? console.log : console.error)(error.message);
    return error.exitCode;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
