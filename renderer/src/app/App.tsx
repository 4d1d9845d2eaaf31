import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { SessionGate } from './SessionGate';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fad', borderRadius: 4 } }}>
      <AntApp>
        <SessionGate />
      </AntApp>
    </ConfigProvider>
  );
}
