// The dashboard's charts (recharts): progress to the target, initiatives by unit and by field.
// Fixed sizes: the screen has room for them, and a fixed chart draws the same in every window.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardFigures } from '@shared/dashboard/figures';
import { groupDigits } from '@shared/format';

const WIDTH = 560;
const BLUE = '#1f5fa8';
const GREEN = '#389e0d';

const count = (value: unknown): string => (typeof value === 'number' ? groupDigits(value) : '');

interface Bars {
  name: string;
  value: number;
}

const HorizontalBars = ({ data, label, color }: { data: Bars[]; label: string; color: string }) => (
  <figure aria-label={label} style={{ margin: 0 }}>
    <BarChart
      width={WIDTH}
      height={Math.max(120, 36 * data.length + 40)}
      data={data}
      layout="vertical"
      margin={{ left: 8, right: 48, top: 8, bottom: 8 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tickFormatter={count} />
      <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} />
      <Tooltip formatter={count} />
      <Bar dataKey="value" name="Số sáng kiến" fill={color} isAnimationActive={false}>
        <LabelList dataKey="value" position="right" formatter={count} />
      </Bar>
    </BarChart>
  </figure>
);

/** The units with most initiatives shown by name; the rest are in the table below. */
const MAX_UNIT_BARS = 12;

export const DashboardCharts = ({
  figures,
  unitNames,
}: {
  figures: DashboardFigures;
  unitNames: ReadonlyMap<string, string>;
}) => {
  const progress: Bars[] = [
    { name: 'Chỉ tiêu', value: figures.target },
    { name: 'Đã ghi nhận', value: figures.recorded },
    { name: 'Được công nhận', value: figures.recognised },
    { name: 'Đề xuất lên cấp trên', value: figures.proposed },
  ];
  const units = figures.byUnit.slice(0, MAX_UNIT_BARS).map((u) => ({
    name: unitNames.get(u.unitId) ?? 'Đơn vị đã xoá',
    value: u.count,
  }));
  const fields = figures.byField.map((f) => ({
    name: f.key || 'Chưa chọn lĩnh vực',
    value: f.count,
  }));
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
      <section>
        <h3>Tiến độ so với chỉ tiêu</h3>
        <HorizontalBars data={progress} label="Biểu đồ tiến độ so với chỉ tiêu" color={GREEN} />
      </section>
      <section>
        <h3>Sáng kiến theo đơn vị</h3>
        <HorizontalBars data={units} label="Biểu đồ sáng kiến theo đơn vị" color={BLUE} />
      </section>
      <section>
        <h3>Sáng kiến theo lĩnh vực</h3>
        <HorizontalBars data={fields} label="Biểu đồ sáng kiến theo lĩnh vực" color={BLUE} />
      </section>
    </div>
  );
};
