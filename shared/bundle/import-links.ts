// What an office remembers of the bundles it imported (docs/decisions.md, D35): which of its own
// units and programmes a sender's stand for, and per initiative the revision last taken, so a
// second import can tell "changed at the source" from "changed here".

/** A sender's unit or programme, and the record of this office that stands for it. */
export interface ImportLink {
  /** `unit:<id at the source>` or `programme:<id at the source>`. */
  readonly key: string;
  readonly kind: 'unit' | 'programme';
  readonly sourceId: string;
  readonly localId: string;
  /** The name the sender gave it, as last seen. */
  readonly sourceName: string;
  readonly linkedAt: string;
}

export const linkKey = (kind: ImportLink['kind'], sourceId: string): string =>
  `${kind}:${sourceId}`;

/** Per imported initiative: what was taken from the source, and the rev it had here after. */
export interface ImportedRecord {
  /** The initiative's id, the same here as at the source. */
  readonly id: string;
  /** The source's rev and updatedAt at the last import. */
  readonly sourceRev: number;
  readonly sourceUpdatedAt: string;
  /** The record's rev here right after that import: a higher one means it was changed here. */
  readonly localRev: number;
  /** The unit the record belongs to at the source. */
  readonly originUnitId: string;
  /** The unit that sent the bundle. */
  readonly fromUnitId: string;
  readonly importedAt: string;
}
