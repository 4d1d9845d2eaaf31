import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore, type OkCall } from '../support/core';
import { countyWithTask } from '../support/draws';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function cli(args: string[]) {
  const result = spawnSync(TSX, ['electron/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let t: TestCore;
let taskId: number;
beforeEach(async () => {
  t = openTestCore();
  const admin = await setUpOffice(t.core);
  let officers: number[];
  ({ taskId, officers } = await countyWithTask(t.core, admin));
  const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);
  const open = await ok('draws.open', { taskId });
  await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '8848' }] });
  await ok('draws.lock', { drawId: open.id });
  // A subject-level and a region-level recusal, so the record carries both kinds.
  const drawn = await ok('draws.result', { taskId });
  await ok('inspectors.addRecusal', {
    inspectorId: officers[0]!,
    kind: 'subject',
    subjectUscc: drawn.subjects[0]!.uscc!,
    relation: '原工作单位',
    reason: '曾在该店任职',
  });
  await ok('inspectors.addRecusal', {
    inspectorId: officers[1]!,
    kind: 'region',
    regionCode: '150223',
    relation: '所在区域回避',
    reason: '家在该旗',
  });
  await ok('draws.match', { taskId });
  t.core.close();
});
afterEach(() => fs.rmSync(t.dir, { recursive: true, force: true }));

describe('CLI: draw', () => {
  it('lists tasks with a draw, exports the record, and verifies it without any database', () => {
    const list = cli(['draw', 'list', '--data', t.dir]);
    expect(list.code).toBe(0);
    expect(list.out.trim().split('\n')).toEqual([`${taskId}\t零售店联合检查\t第 1 次\t已锁定\t抽中 11 户\t已匹配人员`]);

    const record = path.join(t.dir, 'out', 'rec.json');
    expect(cli(['draw', 'export', String(taskId), '--out', record, '--data', t.dir]).code).toBe(0);
    // Verified from a folder that holds no data directory at all.
    const alone = path.join(t.dir, 'elsewhere.json');
    fs.copyFileSync(record, alone);
    const verified = cli(['draw', 'verify', alone]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^OK 抽取与人员匹配结果一致：第 1 次抽取，抽中 11 户；第 1 次匹配，11 个检查组。/);
  });

  it('fails and names the first difference when any field is tampered with', () => {
    const record = path.join(t.dir, 'rec.json');
    cli(['draw', 'export', String(taskId), '--out', record, '--data', t.dir]);
    const original = JSON.parse(fs.readFileSync(record, 'utf8')) as {
      draw: { witnesses: { value: string }[]; result: { selected: { D: number[] } }; pool: { A: number[] } };
      match: { teams: { officers: number[] }[]; officers: { certValidTo: string }[] };
    };
    const tamperings: [string, (r: typeof original) => void, RegExp][] = [
      ['witness', (r) => (r.draw.witnesses[0]!.value = '8849'), /draw\.seed/],
      ['drawn subject', (r) => r.draw.result.selected.D.reverse(), /draw\.result\.selected\.D\[0\]/],
      ['pool', (r) => r.draw.pool.A.pop(), /draw\.poolHash/],
      ['team', (r) => r.match.teams[0]!.officers.reverse().push(999), /match\.teams\[0\]/],
      ['certificate', (r) => r.match.officers.forEach((o) => (o.certValidTo = '2026-05-01')), /match\./],
    ];
    for (const [what, tamper, expected] of tamperings) {
      const copy = structuredClone(original);
      tamper(copy);
      const file = path.join(t.dir, `tampered-${what}.json`);
      fs.writeFileSync(file, JSON.stringify(copy));
      const result = cli(['draw', 'verify', file]);
      expect(result.code, what).toBe(1);
      expect(result.err, what).toMatch(expected);
    }
    fs.writeFileSync(path.join(t.dir, 'broken.json'), '{"format":');
    expect(cli(['draw', 'verify', path.join(t.dir, 'broken.json')]).code).toBe(1);
    expect(cli(['draw', 'verify']).code).toBe(64);
    // Eight CLI processes in a row (about 1 s each idle): allow for a loaded machine.
  }, 120_000);
});
