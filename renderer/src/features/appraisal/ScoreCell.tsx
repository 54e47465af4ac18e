import type { KeyboardEvent } from 'react';
import { Input, Typography } from 'antd';
import type { Criterion } from '@shared/appraisal/rubric';
import { bandOf, parseScore, scoreProblem } from '@shared/appraisal/scores';
import { cellId, moveOfKey, nextCell, type Cell, type GridSize } from './grid-nav';
import type { SheetRef, SheetWriter } from './sheet-writer';
import { scoreText } from './score-format';
import { useCellDraft } from './useCellDraft';

interface Props {
  criterion: Criterion;
  memberName: string;
  sheet: SheetRef;
  cell: Cell;
  size: GridSize;
  score: number | null | undefined;
  comment: string;
  locked: boolean;
  writer: SheetWriter;
}

const focusInput = (selector: string): boolean => {
  const el = document.querySelector<HTMLInputElement>(selector);
  if (!el) return false;
  el.focus();
  el.select();
  return true;
};

const scoreSelector = (c: Cell) => `input[data-score-cell="${cellId(c)}"]`;

/** One criterion of one member's sheet: the score, its band, its refusal, and a comment line. */
export const ScoreCell = ({
  criterion,
  memberName,
  sheet,
  cell,
  size,
  score,
  comment,
  locked,
  writer,
}: Props) => {
  const scoreDraft = useCellDraft({
    saved: scoreText(score),
    validate: (t) => scoreProblem(criterion, t),
    commit: (t) =>
      writer.write(sheet, { criterionId: criterion.id, score: parseScore(criterion, t) }),
    locked,
  });
  const commentDraft = useCellDraft({
    saved: comment,
    validate: () => null,
    commit: (t) => writer.write(sheet, { criterionId: criterion.id, comment: t.trim() }),
    locked,
  });

  // Tab and Enter move like on paper; where no cell is left the key keeps its usual meaning.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = moveOfKey(e);
    if (move) {
      const to = nextCell(cell, move, size);
      if (to && focusInput(scoreSelector(to))) e.preventDefault();
      return;
    }
    if (e.key === 'ArrowDown' && e.currentTarget.dataset.scoreCell !== undefined) {
      e.preventDefault();
      focusInput(`input[data-comment-cell="${cellId(cell)}"]`);
    } else if (e.key === 'ArrowUp' && e.currentTarget.dataset.commentCell !== undefined) {
      e.preventDefault();
      focusInput(scoreSelector(cell));
    }
  };

  const value = parseScore(criterion, scoreDraft.draft);
  const band = scoreDraft.problem === null && value !== null ? bandOf(criterion, value) : null;
  const failure = scoreDraft.state.kind === 'error' ? scoreDraft.state.message : null;
  const commentFailure = commentDraft.state.kind === 'error' ? commentDraft.state.message : null;
  const who = `${criterion.name} – ${memberName}`;
  return (
    <div style={{ minWidth: 120 }}>
      <Input
        size="small"
        inputMode="decimal"
        autoComplete="off"
        aria-label={`Điểm ${who}`}
        aria-invalid={scoreDraft.problem !== null || failure !== null}
        data-score-cell={cellId(cell)}
        status={scoreDraft.problem || failure ? 'error' : undefined}
        readOnly={locked}
        // A locked sheet must look locked, not merely ignore typing.
        variant={locked ? 'filled' : 'outlined'}
        title={locked ? 'Phiếu đã khóa. Mở lại phiên họp (ghi lý do) để sửa.' : undefined}
        value={scoreDraft.draft}
        onChange={(e) => scoreDraft.onChange(e.target.value)}
        onBlur={scoreDraft.flush}
        onKeyDown={onKeyDown}
        style={{ width: 72 }}
      />
      {band && (
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
          {band}
        </Typography.Text>
      )}
      {(scoreDraft.problem ?? failure) && (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
          {scoreDraft.problem ?? failure}
        </div>
      )}
      <Input
        size="small"
        variant="borderless"
        placeholder={locked ? '' : 'Nhận xét…'}
        aria-label={`Nhận xét ${who}`}
        data-comment-cell={cellId(cell)}
        readOnly={locked}
        value={commentDraft.draft}
        onChange={(e) => commentDraft.onChange(e.target.value)}
        onBlur={commentDraft.flush}
        onKeyDown={onKeyDown}
        style={{ fontSize: 12, paddingInline: 0 }}
      />
      {commentFailure && (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
          {commentFailure}
        </div>
      )}
    </div>
  );
};
