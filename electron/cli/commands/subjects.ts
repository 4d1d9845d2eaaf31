import type { Core } from '../../core/app';
import type { MethodInput, MethodOutput } from '../../core/contract';
import { callOrExit, CliExit } from '../context';
import { saveDownload, uploadFile } from '../files';
import type { ParsedArgs } from '../args';

type Counts = MethodOutput<'subjects.importCommit'>;

/** Exit code for an import in which some rows were invalid (the issue's contract with offices' scripts). */
export const EXIT_INVALID_ROWS = 2;

const describe = (c: Counts): string =>
  `共 ${c.total} 行：新增 ${c.fresh}，变更 ${c.changed}，未变 ${c.unchanged}，有误 ${c.invalid}`;

/**
 * `subjects import FILE [--dry-run] [--strict]` (and `inspectors import`, `items import`): by default commits the
 * valid rows and lists the invalid ones; --strict commits nothing when any row is invalid; --dry-run commits nothing
 * and prints the preview. Exit 2 when any row was invalid.
 */
export const importCommand =
  (area: 'subjects' | 'inspectors' | 'items') =>
  async (core: Core, args: ParsedArgs): Promise<void> => {
    const upload = uploadFile(core, args.positionals[2]);
    const preview = await callOrExit(core, `${area}.importPreview`, { upload });
    console.log(`工作表“${preview.sheet}”，表头在第 ${preview.headerRow} 行。`);
    for (const e of preview.errors) console.error(`第 ${e.row} 行「${e.column}」：${e.message}`);
    if (preview.errorCount > preview.errors.length) {
      console.error(`……另有 ${preview.errorCount - preview.errors.length} 个问题未列出。`);
    }
    const invalid = preview.counts.invalid > 0;
    if (args.values['dry-run'] === true) {
      console.log(`预览（未导入）：${describe(preview.counts)}`);
    } else if (args.values.strict === true && invalid) {
      console.log(`未导入任何数据（--strict）：${describe(preview.counts)}`);
    } else {
      const counts = await callOrExit(core, `${area}.importCommit`, { token: preview.token, mode: 'valid' });
      console.log(`已导入：${describe(counts)}`);
    }
    if (invalid) throw new CliExit(`有 ${preview.counts.invalid} 行有误，请按上面的提示修改。`, EXIT_INVALID_ROWS);
  };

/** `subjects export FILE [--q --type --risk --region --industry --status --tag --licence]`. */
export async function subjectsExport(core: Core, args: ParsedArgs): Promise<void> {
  const target = args.positionals[2];
  if (!target) throw new CliExit('请给出导出文件路径，如 subjects export 对象.xlsx', 64);
  const v = args.values;
  // Text from the command line, as typed: the contract's schema checks it and names what is wrong.
  const filter = {
    q: v.q,
    type: v.type,
    riskClass: v.risk,
    regionCode: v.region,
    industryCode: v.industry,
    regStatus: v.status,
    tag: v.tag,
    licence: v.licence,
  } as MethodInput<'subjects.export'>;
  const result = await callOrExit(core, 'subjects.export', filter);
  saveDownload(core, result.download, target);
  console.log(`已导出 ${result.count} 条到 ${target}`);
}

/** `uscc check CODE…`: each code with 有效/无效 and why; exit 1 if any is invalid. */
export async function usccCheck(core: Core, args: ParsedArgs): Promise<void> {
  const codes = args.positionals.slice(2);
  if (codes.length === 0) throw new CliExit('用法：uscc check 代码 [代码…]', 64);
  const verdicts = await callOrExit(core, 'subjects.checkUscc', { codes });
  for (const v of verdicts) console.log(v.valid ? `${v.input}\t有效` : `${v.input}\t无效\t${v.reason}`);
  if (verdicts.some((v) => !v.valid)) throw new CliExit('', 1);
}
