import { UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { native } from '../../native';

type Imported = MethodOutput<'calendar.importFile'>;

const JSON_FILE = [{ name: '工作日历（JSON）', extensions: ['json'] }];

/**
 * Imports a calendar file in the format of the shipped cn-holidays.json: each year it lists replaces what the
 * calendar held for that year (edited days included), so the office confirms after choosing the file.
 */
export function CalendarImportButton({ onImported }: { onImported: (imported: Imported) => void }) {
  const { modal } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const importFile = (picked: { upload: string; name: string }) =>
    modal.confirm({
      title: `导入工作日历“${picked.name}”？`,
      content:
        '文件中列出的每个年份，将整体替换系统中该年的放假和调休安排（包括本单位修改过的日子）；所有尚未公示的结果将按新日历重新计算期限。',
      okText: '导入',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'calendar-import-confirm' },
      onOk: async () => {
        try {
          const imported = await call('calendar.importFile', { upload: picked.upload });
          modal.success({
            title: '工作日历已导入',
            content: (
              <span data-testid="calendar-import-done">
                已导入 {imported.years.join('、')} 年；已按新日历重新计算 {imported.moved} 条未公示结果的公示期限。
              </span>
            ),
          });
          onImported(imported);
        } catch (e) {
          modal.error({ title: '无法导入', content: errorMessage(e) });
        }
      },
    });
  const choose = async () => {
    setUploading(true);
    try {
      const picked = await native.uploadFile(JSON_FILE);
      if (picked) importFile(picked);
    } catch (e) {
      modal.error({ title: '无法上传文件', content: errorMessage(e) });
    } finally {
      setUploading(false);
    }
  };
  return (
    <Button icon={<UploadOutlined />} loading={uploading} onClick={() => void choose()} data-testid="calendar-import">
      导入日历文件…
    </Button>
  );
}
