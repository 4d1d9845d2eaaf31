import { Alert, App, Button, Input, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { countsOf, listOf, marksOf, spansOf, toDays, toggled, type Marks } from './year-marks';
import { YearGrid } from './YearGrid';

type Way = 'notice' | 'manual';

interface Draft {
  year: number;
  origin: Way;
  title: string | null;
  marks: Marks;
  warnings: string[];
}

const EXAMPLE =
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日至13日放假调休，共9天。1月31日（周日）、2月20日（周六）上班。\n……';

/**
 * 新增年份: the year's days off and days worked, parsed from the 国务院办公厅 notice or marked by hand on a
 * Monday-to-Friday year, checked on a whole-year calendar, then saved (replacing the year after a confirmation).
 */
export function NewYearDialog({
  open,
  defaultYear,
  covered,
  onClose,
}: {
  open: boolean;
  defaultYear: number;
  covered: readonly number[];
  onClose: (saved?: number) => void;
}) {
  const { modal, message } = App.useApp();
  const [year, setYear] = useState(defaultYear);
  const [way, setWay] = useState<Way>('notice');
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A draft belongs to the year it was made for: choosing another year starts again.
  const shown = draft?.year === year ? draft : null;

  const parse = async () => {
    setError(null);
    setBusy(true);
    try {
      const parsed = await call('calendar.parseNotice', { text, year });
      setDraft({ year, origin: 'notice', title: parsed.title, marks: marksOf(parsed.days), warnings: parsed.warnings });
    } catch (e) {
      setDraft(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const startByHand = () => {
    setError(null);
    setDraft({ year, origin: 'manual', title: null, marks: new Map(), warnings: [] });
  };
  const save = async (replace: boolean) => {
    if (!shown) return;
    setBusy(true);
    try {
      const saved = await call('calendar.saveYear', {
        year: shown.year,
        origin: shown.origin,
        title: shown.title,
        days: toDays(shown.marks),
        replace,
      });
      message.success(
        `已保存 ${saved.year} 年：放假 ${saved.holidays} 天，调休上班 ${saved.workdays} 天；重新计算了 ${saved.moved} 条未公示结果的公示期限。`,
      );
      onClose(saved.year);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const confirmSave = () => {
    if (!shown) return;
    if (!covered.includes(shown.year)) return void save(false);
    modal.confirm({
      title: `替换工作日历中的 ${shown.year} 年？`,
      content: `工作日历中已有 ${shown.year} 年。保存后，该年原有的放假和调休安排（包括单位修改过的日子）将整体替换为这里的安排，所有未公示结果的期限随之重算。`,
      okText: '替换',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'new-year-replace' },
      onOk: () => save(true),
    });
  };

  const counts = shown ? countsOf(shown.marks, shown.year) : null;
  return (
    <Modal
      title="新增年份"
      open={open}
      width={1040}
      onCancel={() => onClose()}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={() => onClose()}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!shown}
          loading={busy && Boolean(shown)}
          onClick={confirmSave}
          data-testid="new-year-save"
        >
          保存 {shown ? `${shown.year} 年` : ''}
        </Button>,
      ]}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        年份
        <InputNumber<number>
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(v) => v && setYear(v)}
          addonAfter="年"
          style={{ width: 130 }}
          data-testid="new-year-year"
        />
        <Radio.Group
          optionType="button"
          value={way}
          onChange={(e) => setWay(e.target.value as Way)}
          options={[
            { value: 'notice', label: '粘贴国务院办公厅通知' },
            { value: 'manual', label: '从周一至周五开始，手工标注' },
          ]}
          data-testid="new-year-way"
        />
      </Space>
      {way === 'notice' ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            把国务院办公厅关于 {year} 年部分节假日安排的通知全文粘贴到下面（从“一、元旦”到最后一条即可），再点“解析”。
          </Typography.Paragraph>
          <Input.TextArea
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={EXAMPLE}
            data-testid="new-year-text"
          />
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            onClick={() => void parse()}
            loading={busy && !shown}
            disabled={!text.trim()}
            data-testid="new-year-parse"
          >
            解析
          </Button>
        </>
      ) : (
        <Button onClick={startByHand} data-testid="new-year-manual">
          {shown?.origin === 'manual' ? '清空，重新开始' : `以周一至周五排出 ${year} 年`}
        </Button>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="new-year-error" />}
      {shown && counts && (
        <div style={{ marginTop: 16 }} data-testid="new-year-preview">
          <Alert
            type="info"
            showIcon
            message={
              <span data-testid="new-year-counts">
                {shown.year} 年：放假 {counts.holidays} 天（其中周一至周五 {counts.weekdayHolidays} 天），调休上班{' '}
                {counts.workdays} 天。
              </span>
            }
            description="请与通知逐条核对。点击日期可修改：周一至周五在“放假”与“正常”之间切换；周六、周日依次为“调休上班”“放假”“正常”。"
            style={{ marginBottom: 12 }}
          />
          {shown.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message="以下内容没有读入，请核对"
              description={shown.warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
              style={{ marginBottom: 12 }}
            />
          )}
          <YearGrid
            year={shown.year}
            marks={shown.marks}
            onToggle={(date) => setDraft({ ...shown, marks: toggled(shown.marks, date) })}
          />
          <MarksList marks={shown.marks} />
        </div>
      )}
    </Modal>
  );
}

function MarksList({ marks }: { marks: Marks }) {
  const groups = listOf(marks);
  if (groups.length === 0)
    return (
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        尚未标注任何日子：保存后该年按周一至周五上班计算。
      </Typography.Paragraph>
    );
  return (
    <ul style={{ marginTop: 12, paddingLeft: 20 }} data-testid="new-year-list">
      {groups.map((g) => (
        <li key={g.name}>
          <Typography.Text strong>{g.name}</Typography.Text>
          {g.holidays.length > 0 && `：${spansOf(g.holidays)}放假`}
          {g.workdays.length > 0 && `${g.holidays.length > 0 ? '；' : '：'}${spansOf(g.workdays)}上班`}
        </li>
      ))}
    </ul>
  );
}
