import { useMemo, useState } from 'react';
import { Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { InitiativeResult } from '@shared/appraisal/programme-results';
import { TIE_RULE } from '@shared/appraisal/ranking';
import { compareVi } from '@shared/text';
import { useActiveProgramme } from '../../app/context';
import { navigate } from '../../app/router';
import type { InitiativeRow } from '../../db/initiative-row';
import { NoProgramme } from './NoProgramme';
import { CandidateCell, ConclusionCell, rankText } from './result-cells';
import { scoreCell } from './score-format';
import { useProgrammeResults } from './useProgrammeResults';

interface Line {
  row: InitiativeRow;
  result: InitiativeResult;
}

/** Ranked first, then those still without a complete sheet, by title. */
const byRank = (a: Line, b: Line): number =>
  (a.result.rank?.overall ?? Infinity) - (b.result.rank?.overall ?? Infinity) ||
  compareVi(a.row.title, b.row.title);

/** "Kết quả xét chọn": every initiative a council considered, by rank, with its conclusion. */
export const ResultsScreen = () => {
  const programme = useActiveProgramme();
  const view = useProgrammeResults(programme?.id);
  const [unitId, setUnitId] = useState<string | null>(null);
  const lines = useMemo(() => {
    if (!view) return [];
    const out: Line[] = [];
    for (const [id, result] of view.results) {
      const row = view.rows.get(id);
      if (row && (!unitId || row.unitId === unitId)) out.push({ row, result });
    }
    return out.sort(byRank);
  }, [view, unitId]);
  const units = useMemo(() => {
    if (!view) return [];
    const ids = new Set([...view.results.keys()].flatMap((id) => view.rows.get(id)?.unitId ?? []));
    return [...ids]
      .map((id) => ({ value: id, label: view.unitNames.get(id) ?? 'Đơn vị' }))
      .sort((a, b) => compareVi(a.label, b.label));
  }, [view]);
  if (!programme) return <NoProgramme programme={programme} />;

  const hasGrades = (view?.settings.rubric.grades.length ?? 0) > 0;
  const columns: TableColumnsType<Line> = [
    { title: 'Hạng', key: 'rank', width: 64, render: (_, l) => rankText(l.result.rank?.overall) },
    {
      title: 'Tên sáng kiến',
      key: 'title',
      render: (_, { row }) => (
        <Button
          type="link"
          style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
          onClick={() => navigate({ screen: 'initiative', id: row.id })}
        >
          {row.title || 'Sáng kiến chưa có tên'}
        </Button>
      ),
    },
    { title: 'Đơn vị', key: 'unit', render: (_, l) => view?.unitNames.get(l.row.unitId) ?? '' },
    { title: 'Trung bình', key: 'avg', render: (_, l) => scoreCell(l.result.average) },
    { title: 'Cao nhất', key: 'max', render: (_, l) => scoreCell(l.result.highest) },
    { title: 'Thấp nhất', key: 'min', render: (_, l) => scoreCell(l.result.lowest) },
    ...(hasGrades
      ? [
          {
            title: 'Xếp loại',
            key: 'grade',
            render: (_: unknown, l: Line) => l.result.grade ?? '—',
          },
        ]
      : []),
    {
      title: 'Kết luận',
      key: 'conclusion',
      render: (_, l) => <ConclusionCell result={l.result} />,
    },
    {
      title: 'Hạng trong đơn vị',
      key: 'rankUnit',
      render: (_, l) => rankText(l.result.rank?.inUnit),
    },
    { title: 'Bằng LĐST', key: 'candidate', render: (_, l) => <CandidateCell result={l.result} /> },
  ];

  return (
    <section aria-labelledby="results-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title id="results-title" level={3} style={{ margin: 0 }}>
          Kết quả xét chọn
        </Typography.Title>
        <Select
          aria-label="Lọc theo đơn vị"
          allowClear
          placeholder="Tất cả đơn vị"
          style={{ minWidth: 260 }}
          value={unitId}
          onChange={(v: string | undefined) => setUnitId(v ?? null)}
          options={units}
        />
      </Flex>
      <Table<Line>
        rowKey={(l) => l.row.id}
        size="small"
        columns={columns}
        dataSource={lines}
        loading={view === undefined}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có sáng kiến nào được đưa ra Hội đồng' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        Xếp hạng theo điểm trung bình. {TIE_RULE} Kết quả “Tạm tính” là của phiên họp chưa kết thúc.
      </Typography.Paragraph>
    </section>
  );
};
