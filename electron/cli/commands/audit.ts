import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../core/app';
import type { VerifyOptions } from '../../core/audit';
import { callOrExit, CliExit } from '../context';
import type { ParsedArgs } from '../args';

const EXIT_USAGE = 64;

/** HASH or HASH@N, as the audit head is printed on documents and in anchors. */
function parseExpect(text: string): NonNullable<VerifyOptions['expect']> {
  const match = /^([0-9a-fA-F]{64})(?:@(\d{1,12}))?$/.exec(text.trim());
  if (!match?.[1]) {
    throw new CliExit(`--expect 的格式应为 哈希 或 哈希@序号（哈希为 64 位十六进制数字），收到：${text}`, EXIT_USAGE);
  }
  const entryId = match[2] === undefined ? undefined : Number(match[2]);
  if (entryId === 0) throw new CliExit('--expect 的序号应从 1 开始。', EXIT_USAGE);
  return { hash: match[1].toLowerCase(), entryId };
}

/** The anchor file's JSON; a file that is not JSON is handed on as text, and the core says why it is refused. */
function readAnchorFile(file: string): unknown {
  if (!fs.existsSync(file)) throw new CliExit(`找不到锚点文件：${file}`, 1);
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function auditVerify(core: Core, args: ParsedArgs): Promise<void> {
  const { expect, deep } = args.values;
  const anchorFile = args.values['expect-file'] ?? args.values.anchor;
  if (args.values['expect-file'] && args.values.anchor) {
    throw new CliExit('--expect-file 与 --anchor 是同一个选项，请只给一个。', EXIT_USAGE);
  }
  if (args.positionals.length > 2) throw new CliExit(`多余的参数：${args.positionals.slice(2).join(' ')}`, EXIT_USAGE);
  const input: VerifyOptions = {
    expect: expect === undefined ? undefined : parseExpect(expect),
    anchorFile: anchorFile === undefined ? undefined : readAnchorFile(anchorFile),
    deep: deep ?? undefined,
  };
  const report = await callOrExit(core, 'audit.verify', input);
  if (!report.ok) {
    const lines = report.problems.map((p) => {
      if (p.chain)
        return `审计日志校验失败：第 ${p.entryId} 条记录有问题 — ${p.reason}（此前 ${report.count} 条完好）。`;
      if (p.entryId !== null) return `审计日志校验失败：第 ${p.entryId} 条记录有问题 — ${p.reason}。`;
      return `审计日志校验失败：${p.reason}。`;
    });
    throw new CliExit(lines.join('\n'), 1);
  }
  console.log(`OK 审计日志完整：共 ${report.count} 条，末条哈希 ${report.headHash}`);
  for (const note of report.notes) console.log(`OK ${note}`);
}

export async function auditAnchor(core: Core, args: ParsedArgs): Promise<void> {
  const out = args.values.out;
  if (!out) throw new CliExit('请用 --out 指定签名锚点文件的保存路径。', EXIT_USAGE);
  const file = await callOrExit(core, 'audit.anchor', {});
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`OK 已生成签名锚点：第 ${file.entryId} 条，头哈希 ${file.headHash}`);
  console.log(`公钥 ${file.publicKey}`);
  console.log('请把该文件保存在本机以外（U 盘、上级部门或纸质存档）；日后用 audit verify --expect-file 核对。');
}

export async function auditList(core: Core, args: ParsedArgs): Promise<void> {
  const pageSize = Number(args.values.limit ?? 20);
  const { rows } = await callOrExit(core, 'audit.list', { pageSize });
  for (const r of rows.reverse()) {
    console.log(
      [r.id, r.at, r.actorName, r.door, r.summary, r.entityType ?? '-', r.entityId ?? '-', r.outcome].join('\t'),
    );
  }
}
