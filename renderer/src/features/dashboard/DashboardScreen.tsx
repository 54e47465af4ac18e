import { useMemo } from 'react';
import { Card, Flex, Progress, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DashboardFigures, UnitFigure } from '@shared/dashboard/figures';
import { formatMoney, groupDigits, todayIso } from '@shared/format';
import { STATUS_LABELS, INITIATIVE_STATUSES } from '@shared/model/initiative';
import { useActiveProgramme, useDb } from '../../app/context';
import { listCommendations } from '../../db/commendations';
import { dashboardOf } from '../../db/queries/dashboard';
import { useProgrammeRows } from '../../search/useProgrammeRows';
import { NoProgramme } from '../appraisal/NoProgramme';
import { useProgrammeResults } from '../appraisal/useProgrammeResults';
import { certificatesText, targetPercent } from '../programmes/targets';
import { DashboardCharts } from './DashboardCharts';
import { BADGE_COLORS, deadlineBadgeText } from './deadline-badge';
import { ResultReportAction } from './ResultReport';
import { SheetExport } from './SheetExport';

const Figure = ({ title, value, note }: { title: string; value: string; note?: string }) => (
  <Card size="small" style={{ minWidth: 200 }}>
    <Typography.Text type="secondary">{title}</Typography.Text>
    <div style={{ fontSize: 26, fontWeight: 600 }} data-figure={title}>
      {value}
    </div>
    {note && <Typography.Text type="secondary">{note}</Typography.Text>}
  </Card>
);

const CERTIFICATE_NOTES: Record<DashboardFigures['certificates'], string> = {
  below: 'chưa đủ chỉ tiêu',
  within: 'trong chỉ tiêu',
  above: 'vượt chỉ tiêu: cần chọn lại',
};

/** "Tổng quan": the active programme's progress, counts and benefit at a glance. */
export const DashboardScreen = () => {
  const db = useDb();
  const programme = useActiveProgramme();
  const snapshot = useProgrammeRows(db, programme?.id ?? null);
  const results = useProgrammeResults(programme?.id);
  const programmeId = programme?.id ?? null;
  const commendations = useLiveQuery(
    async () => (programmeId ? listCommendations(db, programmeId) : []),
    [db, programmeId],
  );
  const figures = useMemo(
    () =>
      programme && results && commendations && snapshot?.phase === 'full'
        ? dashboardOf(programme, snapshot.rows, results.results, commendations, todayIso())
        : null,
    [programme, results, commendations, snapshot],
  );
  if (!programme) return <NoProgramme programme={programme} />;
  if (!figures || !snapshot) return <Spin description="Đang tính số liệu của chương trình…" />;
  const { unitNames } = snapshot;
  const unitColumns: TableColumnsType<UnitFigure> = [
    {
      title: 'Đơn vị',
      key: 'unit',
      render: (_, u) => unitNames.get(u.unitId) ?? 'Đơn vị đã xoá',
    },
    { title: 'Số sáng kiến', dataIndex: 'count', align: 'right', render: groupDigits },
    { title: 'Được công nhận', dataIndex: 'recognised', align: 'right', render: groupDigits },
    { title: 'Giá trị làm lợi', dataIndex: 'benefit', align: 'right', render: formatMoney },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Tổng quan: {programme.name}
        </Typography.Title>
        <Tag color={BADGE_COLORS[figures.deadline.level]} data-deadline={figures.deadline.level}>
          {deadlineBadgeText(figures.deadline)}
        </Tag>
        <ResultReportAction programme={programme} figures={figures} />
      </Flex>
      <Flex gap={12} wrap>
        <Figure
          title="Sáng kiến đã ghi nhận"
          value={`${groupDigits(figures.recorded)} / ${groupDigits(figures.target)}`}
          note={`${targetPercent(figures.recorded, figures.target)}% chỉ tiêu`}
        />
        <Figure title="Được công nhận" value={groupDigits(figures.recognised)} />
        <Figure title="Đề xuất lên cấp trên" value={groupDigits(figures.proposed)} />
        <Figure
          title="Bằng Lao động sáng tạo"
          value={`${groupDigits(figures.certificatesAwarded)} / ${certificatesText(figures.certificatesMin, figures.certificatesMax)}`}
          note={`${CERTIFICATE_NOTES[figures.certificates]}; ${groupDigits(figures.certificateCandidates)} sáng kiến đủ điều kiện đề nghị`}
        />
        <Figure
          title="Giá trị làm lợi"
          value={formatMoney(figures.benefit)}
          note={`Sáng kiến được công nhận: ${formatMoney(figures.recognisedBenefit)}`}
        />
      </Flex>
      <Progress
        percent={targetPercent(figures.recorded, figures.target)}
        aria-label="Tiến độ so với chỉ tiêu"
      />
      <Flex gap={8} wrap aria-label="Theo trạng thái">
        {INITIATIVE_STATUSES.map((s) => (
          <Tag key={s}>
            {STATUS_LABELS[s]}: {groupDigits(figures.byStatus[s])}
          </Tag>
        ))}
      </Flex>
      <DashboardCharts figures={figures} unitNames={unitNames} />
      <Typography.Title level={4}>Theo đơn vị</Typography.Title>
      <Table<UnitFigure>
        rowKey="unitId"
        size="small"
        columns={unitColumns}
        dataSource={figures.byUnit}
        pagination={figures.byUnit.length > 20 ? { pageSize: 20 } : false}
      />
      <SheetExport programmeName={programme.name} rows={snapshot.rows} unitNames={unitNames} />
    </Flex>
  );
};
