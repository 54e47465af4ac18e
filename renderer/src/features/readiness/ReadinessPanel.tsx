import { useMemo } from 'react';
import { Alert, Skeleton, Typography } from 'antd';
import { readinessProblems } from '@shared/appraisal/readiness';
import type { ProgrammeWindow } from '@shared/appraisal/row-readiness';
import type { Initiative } from '@shared/model/initiative';
import { recognisedOf } from '@shared/domain/lifecycle';
import { NO_WINDOW } from '../../db/queries/readiness';
import { useStoredFacts } from './readiness-inputs';

interface Props {
  /** The live record: the check follows what is saved. */
  record: Initiative;
  /** Its programme; undefined while loading (the window is then not checked). */
  programme: ProgrammeWindow | undefined;
}

/**
 * "Kiểm tra hồ sơ" (issue 3, item 6): everything that stops this initiative from being proposed
 * upward — form, shares, window, score sheets, the council's conclusion, attachment bytes.
 */
export const ReadinessPanel = ({ record, programme }: Props) => {
  const facts = useStoredFacts(record);
  const problems = useMemo(
    () =>
      facts
        ? readinessProblems({
            initiative: record,
            programme: programme ?? NO_WINDOW,
            sheetCount: facts.sheetCount,
            recognised: recognisedOf(record.status),
            storedAttachments: facts.storedAttachments,
          })
        : null,
    [facts, record, programme],
  );
  return (
    <section aria-labelledby="readiness-title" style={{ marginBottom: 16 }}>
      <Typography.Title level={5} id="readiness-title">
        Kiểm tra hồ sơ
      </Typography.Title>
      {problems === null ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : problems.length === 0 ? (
        <Alert type="success" showIcon title="Hồ sơ đủ điều kiện đề xuất lên cấp trên" />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={`Chưa đủ điều kiện đề xuất lên cấp trên (${problems.length} vấn đề):`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p, n) => (
                <li key={`${p.code}:${n}`}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
};
