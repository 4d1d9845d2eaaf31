import { Drawer, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../components/format';
import { useResultLists } from './labels';

/** 更正记录: every earlier version of a result, with why and by whom it was corrected. */
function HistoryDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const history = useCall('results.history', { id });
  const { namesOf } = useResultLists();
  return (
    <Drawer title="检查结果更正记录" open onClose={onClose} width={520}>
      {history.data && (
        <Timeline
          items={[
            {
              color: 'green',
              children: (
                <>
                  <Typography.Text strong>现行版本（第 {history.data.result.version} 版）</Typography.Text>
                  <div>
                    {namesOf(history.data.result.categories)}，{history.data.result.resultDate}
                  </div>
                  <div>录入：{history.data.result.enteredBy}</div>
                </>
              ),
            },
            ...history.data.versions.map((v) => ({
              color: 'gray',
              children: (
                <>
                  <Typography.Text strong>第 {v.version} 版</Typography.Text>
                  <div>
                    {namesOf(v.categories)}，{v.resultDate}，{v.method}
                  </div>
                  {v.description && <div>说明：{v.description}</div>}
                  {v.problems && <div>问题：{v.problems}</div>}
                  <div>
                    录入：{v.enteredBy}；{formatTime(v.correctedAt)} 由 {v.correctedBy} 更正，原因：{v.reason}
                  </div>
                </>
              ),
            })),
          ]}
        />
      )}
    </Drawer>
  );
}

export function HistoryLink({ id }: { id: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <a
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        更正记录
      </a>
      {open && <HistoryDrawer id={id} onClose={() => setOpen(false)} />}
    </>
  );
}
