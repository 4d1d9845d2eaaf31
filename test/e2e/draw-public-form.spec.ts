import fs from 'node:fs';
import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { drawnJointTask } from './pages/joint-plan';

test('the draw panel downloads the public form: commitments, witnesses, seed and drawn numbers, no classes', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { taskId } = await drawnJointTask(api);
  const task = await shell.visitTask(app.url, taskId);
  await expect(task.card).toContainText('已抽取，待锁定');
  await task.exportPublicButton.scrollIntoViewIfNeeded();
  await expect(task.exportPublicButton).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/draw-public-form.png' });

  const download = await task.exportPublic();
  expect(download.suggestedFilename()).toBe(`抽取记录公开版-任务${taskId}-第1次.json`);
  const document = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(document.format).toBe('ssj-draw-public/1');
  expect(Object.keys(document).sort()).toEqual(
    ['algorithm', 'drawn', 'format', 'nonce', 'nonceHash', 'parameters', 'poolHash', 'seed', 'witnesses'].sort(),
  );
  expect(document.witnesses).toEqual([{ name: '县纪委 王监督', value: '31415926' }]);
  // The drawn numbers ascending, the same subjects as the full record's, with no class grouping.
  const drawn = document.drawn as number[];
  expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
  const result = await api('draws.result', { taskId });
  expect(drawn).toEqual(result.subjects.map((s) => s.subjectId).sort((a, b) => a - b));
  expect(document).not.toHaveProperty('pool');
  expect(document).not.toHaveProperty('result');
});
