import { App, Button, Flex, Progress, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate, todayIso } from '@shared/format';
import { useActiveProgramme, useDb } from '../../app/context';
import { navigate } from '../../app/router';
import { countProgrammeInitiatives, listProgrammes } from '../../db/programmes';
import { setActiveProgrammeId } from '../../db/settings';
import { failureText } from '../../ui/failure';
import { certificatesText, deadlineState, initiativesText, targetPercent } from './targets';

const barStyle = {
  background: '#fff',
  borderBottom: '1px solid #eee',
  padding: '10px 20px',
} as const;

/** The top of every screen: which programme the clerk works in, its deadline and targets. */
export const ProgrammeBar = () => {
  const db = useDb();
  const { message } = App.useApp();
  const active = useActiveProgramme();
  const programmes = useLiveQuery(() => listProgrammes(db), [db]);
  const activeId = active?.id;
  // The counts kept with every write (docs/decisions.md, D48): one small record, so reading it
  // again after each autosave costs nothing, and the bar never waits for the register to load.
  const count = useLiveQuery(
    () => (activeId ? countProgrammeInitiatives(db, activeId) : 0),
    [db, activeId],
  );

  if (active === undefined) return <header style={barStyle} aria-busy="true" />;
  if (active === null)
    return (
      <header style={barStyle}>
        <Typography.Text>Chưa có chương trình nào. </Typography.Text>
        <Button type="link" onClick={() => navigate({ screen: 'programmes' })}>
          Thêm chương trình
        </Button>
      </header>
    );

  const switchTo = async (id: string) => {
    try {
      await setActiveProgrammeId(db, id);
    } catch (err) {
      void message.error(failureText(err, 'Không đổi được chương trình'));
    }
  };

  // Read at render: the bar re-renders on every write, so a day change shows soon enough.
  const deadline = deadlineState(active.deadline, todayIso());
  return (
    <header style={barStyle}>
      <Flex wrap align="center" gap="8px 24px">
        <Select
          aria-label="Chương trình đang thực hiện"
          value={active.id}
          onChange={(id: string) => void switchTo(id)}
          options={(programmes ?? [active]).map((p) => ({
            value: p.id,
            label: p.archived ? `${p.name} (đã kết thúc)` : p.name,
          }))}
          style={{ minWidth: 300, maxWidth: 460, fontWeight: 600 }}
          popupMatchSelectWidth={false}
        />
        <span>
          Hạn nộp hồ sơ: {formatDate(active.deadline)}{' '}
          <Typography.Text type={deadline.urgent ? 'danger' : 'secondary'} strong={deadline.urgent}>
            ({deadline.text})
          </Typography.Text>
        </span>
        <Flex align="center" gap={8}>
          <Progress
            percent={targetPercent(count ?? 0, active.targetInitiatives)}
            size="small"
            showInfo={false}
            style={{ width: 120, margin: 0 }}
            aria-hidden
          />
          <span>{initiativesText(count ?? 0, active.targetInitiatives)}</span>
        </Flex>
        <span>
          Bằng LĐST: {certificatesText(active.targetCertificatesMin, active.targetCertificatesMax)}
        </span>
      </Flex>
    </header>
  );
};
