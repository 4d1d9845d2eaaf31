import fs from 'node:fs';
import { verifyExported } from '../../core/draws';
import type { ParsedArgs } from '../args';
import { CliExit } from '../exit';

/** `draw verify FILE [--pool-hash H] [--nonce-hash H]` (the hashes as published, for the public form): needs no database — the record alone decides. Prints OK or the first difference. */
export async function drawVerify(args: ParsedArgs): Promise<void> {
  const file = args.positionals[2];
  if (!file) throw new CliExit('用法：draw verify 记录.json', 64);
  if (!fs.existsSync(file)) throw new CliExit(`找不到文件：${file}`, 1);
  let document: unknown;
  try {
    document = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch {
    throw new CliExit(`不是有效的 JSON 文件：${file}`, 1);
  }
  const published = { poolHash: args.values['pool-hash'], nonceHash: args.values['nonce-hash'] };
  const verdict = verifyExported(document, published);
  if (!verdict.ok) throw new CliExit(`不一致：${verdict.difference}`, 1);
  console.log(`OK ${verdict.summary}`);
}
