import { Card, Space, Spin, Typography } from 'antd';
import { useActiveProgramme } from '../../app/context';
import { NoProgramme } from './NoProgramme';
import { RubricForm } from './RubricForm';
import { ThresholdsForm } from './ThresholdsForm';
import { useAppraisalSettings } from './useAppraisalSettings';

/** "Tiêu chí chấm điểm" of the active programme, and its Bằng LĐST thresholds. */
export const RubricScreen = () => {
  const programme = useActiveProgramme();
  const settings = useAppraisalSettings(programme?.id);
  if (!programme) return <NoProgramme programme={programme} />;
  return (
    <section aria-labelledby="rubric-title">
      <Typography.Title id="rubric-title" level={3}>
        Tiêu chí chấm điểm
      </Typography.Title>
      <Typography.Paragraph type="secondary">{programme.name}</Typography.Paragraph>
      {!settings ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {/* Each form remounts when what it edits changes in the database, to show what is stored. */}
          <Card size="small" title="Thang điểm">
            <RubricForm
              key={`${programme.id}:${JSON.stringify(settings.rubric)}`}
              programmeId={programme.id}
              rubric={settings.rubric}
            />
          </Card>
          <Card size="small" title="Ngưỡng đề nghị Bằng Lao động sáng tạo">
            <ThresholdsForm
              key={`${programme.id}:${JSON.stringify(settings.certificateThresholds)}`}
              programmeId={programme.id}
              thresholds={settings.certificateThresholds}
            />
          </Card>
        </Space>
      )}
    </section>
  );
};
