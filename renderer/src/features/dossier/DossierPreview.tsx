// The dossier's documents as A4 pages in HTML, from the same model the Word files are made of
// (docs/architecture.md, "Data that leaves the machine"), printed through the browser's print path.
import type { ReactNode } from 'react';
import {
  DOC_SIZES,
  MOTTO,
  NATION,
  type AdminHeader,
  type Align,
  type Block,
  type Cell,
  type Closing,
  type DossierDocument,
  type Paragraph,
  type Run,
  type Section,
  type Signer,
  type Table,
  type Title,
} from '@shared/dossier/model';
import { PREVIEW_CSS } from './preview-css';

const runs = (rs: readonly Run[]): ReactNode =>
  rs.map((r, n) => {
    const style = {
      fontWeight: r.bold ? 700 : undefined,
      fontStyle: r.italic ? 'italic' : undefined,
    };
    return (
      <span key={n} style={style}>
        {r.text}
      </span>
    );
  });

const Line = ({
  text,
  size,
  bold,
  italic,
  align = 'center',
}: {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
}) => (
  <p
    className="line"
    style={{
      fontSize: `${size}pt`,
      fontWeight: bold ? 700 : 400,
      fontStyle: italic ? 'italic' : undefined,
      textAlign: align,
    }}
  >
    {text}
  </p>
);

const Rule = ({ width }: { width: string }) => <div className="rule" style={{ width }} />;

const NationLines = () => (
  <>
    <Line text={NATION} size={DOC_SIZES.header} bold />
    <Line text={MOTTO} size={DOC_SIZES.motto} bold />
    <Rule width="62mm" />
  </>
);

const HeaderBlock = ({ h }: { h: AdminHeader }) => (
  <table className="plain" style={{ marginBottom: '6mm' }}>
    <colgroup>
      <col style={{ width: '42%' }} />
      <col style={{ width: '58%' }} />
    </colgroup>
    <tbody>
      <tr>
        <td>
          {h.parentBody && <Line text={h.parentBody} size={DOC_SIZES.header} />}
          {h.issuingBody && (
            <>
              <Line text={h.issuingBody} size={DOC_SIZES.header} bold />
              <Rule width="35%" />
            </>
          )}
          {h.numberLine && <Line text={h.numberLine} size={DOC_SIZES.numberLine} />}
          {h.subjectLine && <Line text={h.subjectLine} size={DOC_SIZES.header} />}
        </td>
        <td>
          <NationLines />
          {h.dateLine && <Line text={h.dateLine} size={DOC_SIZES.dateLine} italic />}
        </td>
      </tr>
    </tbody>
  </table>
);

const TitleBlock = ({ t }: { t: Title }) => (
  <div style={{ margin: '2mm 0 4mm' }}>
    <Line text={t.type} size={DOC_SIZES.title} bold />
    {t.subject.map((s, n) => (
      <Line key={n} text={s} size={DOC_SIZES.title} bold />
    ))}
    {t.subject.length > 0 && <Rule width="30%" />}
  </div>
);

const ParagraphBlock = ({ p }: { p: Paragraph }) => {
  const indent = p.indent ?? (p.align === undefined || p.align === 'justify');
  return (
    <p
      className="body"
      style={{
        textAlign: p.align ?? 'justify',
        textIndent: indent ? undefined : 0,
        fontSize: p.sizePt ? `${p.sizePt}pt` : undefined,
      }}
    >
      {runs(p.runs)}
    </p>
  );
};

const TableBlock = ({ t }: { t: Table }) => {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const cell = (c: Cell, at: number, key: number, header: boolean) => {
    const Tag = header ? 'th' : 'td';
    return (
      <Tag
        key={key}
        colSpan={c.colSpan}
        style={{ textAlign: c.align ?? t.columns[at]?.align ?? 'left' }}
      >
        {runs(c.runs)}
      </Tag>
    );
  };
  const row = (cells: readonly Cell[], key: number, header: boolean) => {
    let at = 0;
    return (
      <tr key={key}>
        {cells.map((c, n) => {
          const rendered = cell(c, at, n, header);
          at += c.colSpan ?? 1;
          return rendered;
        })}
      </tr>
    );
  };
  return (
    <table className="grid" style={{ fontSize: `${t.sizePt ?? DOC_SIZES.table}pt` }}>
      <colgroup>
        {t.columns.map((c, n) => (
          <col key={n} style={{ width: `${(c.width / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>{t.headerRows.map((r, n) => row(r, n, true))}</thead>
      <tbody>{t.rows.map((r, n) => row(r, n, false))}</tbody>
    </table>
  );
};

const SignerLines = ({ s }: { s: Signer }) => (
  <>
    {s.authority.map((a, n) => (
      <Line key={n} text={a} size={DOC_SIZES.body} bold />
    ))}
    {s.note && <Line text={s.note} size={DOC_SIZES.body} italic />}
    <div className="sign-space" />
    {s.name && <Line text={s.name} size={DOC_SIZES.body} bold />}
  </>
);

const ClosingBlock = ({ c }: { c: Closing }) => {
  const [first, second] = c.signers;
  const left = second ? (
    first && <SignerLines s={first} />
  ) : c.recipients.length > 0 ? (
    <>
      <Line text="Nơi nhận:" size={DOC_SIZES.recipientsTitle} bold italic align="left" />
      {c.recipients.map((r, n) => (
        <Line key={n} text={r} size={DOC_SIZES.recipients} align="left" />
      ))}
    </>
  ) : null;
  const right = second ?? first;
  return (
    <table className="plain" style={{ marginTop: '4mm', breakInside: 'avoid' }}>
      <colgroup>
        <col style={{ width: '42%' }} />
        <col style={{ width: '58%' }} />
      </colgroup>
      <tbody>
        <tr>
          <td>{left}</td>
          <td>{right && <SignerLines s={right} />}</td>
        </tr>
      </tbody>
    </table>
  );
};

const BlockView = ({ b }: { b: Block }) => {
  switch (b.kind) {
    case 'adminHeader':
      return <HeaderBlock h={b} />;
    case 'nationHeader':
      return (
        <div style={{ marginBottom: '6mm' }}>
          <NationLines />
        </div>
      );
    case 'title':
      return <TitleBlock t={b} />;
    case 'paragraph':
      return <ParagraphBlock p={b} />;
    case 'table':
      return <TableBlock t={b} />;
    case 'closing':
      return <ClosingBlock c={b} />;
  }
};

const SectionView = ({ s, label }: { s: Section; label: string }) => (
  <section
    className={`dossier-sheet ${s.orientation}`}
    aria-label={label}
    style={{
      padding: `${s.marginsMm.top}mm ${s.marginsMm.right}mm ${s.marginsMm.bottom}mm ${s.marginsMm.left}mm`,
    }}
  >
    {s.blocks.map((b, n) => (
      <BlockView key={n} b={b} />
    ))}
  </section>
);

/** One or more documents of the dossier as A4 sheets, one sheet (or more) per section. */
export function DossierPreview({ documents }: { documents: readonly DossierDocument[] }) {
  return (
    <div className="dossier-preview">
      <style>{PREVIEW_CSS}</style>
      {documents.map((d) =>
        d.sections.map((s, n) => (
          <SectionView
            key={`${d.fileName}-${n}`}
            s={s}
            label={d.sections.length > 1 ? `${d.title} (${n + 1})` : d.title}
          />
        )),
      )}
    </div>
  );
}
