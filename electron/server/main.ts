import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/app';
import { defaultDataDir } from '../core/paths';
import { parseHost } from './hosts';
import { defaultRendererDir, startAppServer } from './server';

/**
 * `npm run serve -- [--data DIR] [--host 127.0.0.1] [--port 5180] [--allowed-host NAME[:PORT]]…`: the app in a
 * browser, over HTTP. --allowed-host adds an intranet name the browsers use, besides those in 系统设置.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
    },
    strict: true,
  });
  const rendererDir = defaultRendererDir();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('未找到界面文件（out/renderer），请先运行 npm run build。');
    process.exit(1);
  }
  const allowedHosts = values['allowed-host'] ?? [];
  const badHost = allowedHosts.find((entry) => parseHost(entry) === null);
  if (badHost !== undefined) {
    console.error(
      `--allowed-host “${badHost}” 无效：应为主机名或 IP 地址，可带端口，如 ssj.gy.gov 或 192.168.1.10:5180。`,
    );
    process.exit(64);
  }
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const core = openCore({ dataDir });
  const { server, url } = await startAppServer({
    core,
    rendererDir,
    host: values.host,
    port: values.port === undefined ? undefined : Number(values.port),
    allowedHosts,
  });
  console.log(`双随机一公开监管工作系统已启动：${url}`);
  console.log(`数据目录：${dataDir}`);
  const stop = (): void => {
    server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('启动失败：', error);
  process.exit(1);
});
