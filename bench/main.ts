import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/app';
import { documentsFigures } from './documents.bench';
import { drawsFigures } from './draws.bench';
import { durabilityFigures } from './durability.bench';
import { foundationFigures } from './foundation.bench';
import { printFigures } from './harness';
import { resultsFigures } from './results.bench';
import { subjectsFigures } from './subjects.bench';

/** `npm run bench`: each figure beside its target and a baseline measured in the same run. Not part of npm test. */
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
  const core = openCore({ dataDir: dir });
  try {
    console.log(`# 性能基准（${new Date().toISOString()}，Node ${process.version}，${os.cpus().length} 核）`);
    printFigures('基础：接口分发与审计日志', await foundationFigures(core));
    printFigures('一单两库：百万检查对象', await subjectsFigures());
    printFigures('双随机：名单抽取与人员匹配（百万检查对象）', await drawsFigures());
    printFigures('一公开：结果录入、采集表导入与待办', await resultsFigures());
    printFigures('打印文件：PDF', await documentsFigures());
    printFigures('耐久：每次提交落盘（synchronous = FULL）', await durabilityFigures());
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
