import type { ProcessingTime } from '@motcua/core';
import { FormWriter, type IssuingAgency } from '../../pdf/form-writer.js';

/**
 * Everything a dossier form may print, loaded once (load-dossier-facts.ts). Plain JSON (instants
 * as ISO strings), so a form's model can be hashed to decide whether a stored copy is still exact.
 */
export type DossierFacts = {
  agency: IssuingAgency;
  dossier: {
    id: string;
    code: string | null;
    channel: string;
    procedureCode: string;
    procedureName: string;
    applicant: {
      kind: 'person' | 'organisation';
      name: string;
      idNumber: string;
      representative: string | null;
      address: string;
      phone: string;
      email: string | null;
    };
    returnMethod: string;
    returnAddress: string | null;
    state: string;
    submittedAt: string;
    receivedAt: string | null;
    dueAt: string | null;
    finishedAt: string | null;
    unitName: string | null;
    assigneeName: string | null;
  };
  documents: { name: string; received: boolean; form: string | null; copies: number }[];
  procedure: { dossierSets: number; processingTime: ProcessingTime | null };
  events: {
    seq: number;
    action: string;
    at: string;
    actorName: string | null;
    actorRole: string;
    data: Record<string, unknown>;
  }[];
  /** Tracking book volume (the year) and entry (rank of the dossier in that year's book). */
  trackingEntry: { volume: string; entry: number } | null;
  /** The public lookup page of this dossier (the receipt's QR code). */
  lookupUrl: string | null;
};

/** The heading data every form model carries. */
export type ModelHeading = { agency: IssuingAgency; issuedAt: string; number?: string };

/**
 * One statutory form. Adding a form is one file exporting one of these: `model` picks the data
 * it prints (null when the form does not apply, e.g. no apology was issued), `render` lays it out.
 */
export type FormDefinition<M extends ModelHeading = ModelHeading, S = DossierFacts> = {
  /** URL and storage name, e.g. 'receipt'. */
  kind: string;
  formNumber: string;
  title: string;
  landscape?: boolean;
  /** Bump when the layout changes: stored copies of older layouts are then regenerated. */
  layoutVersion: number;
  // Method syntax: a form of a specific model is usable where any form is expected (registries).
  model(source: S): M | null;
  fileName(model: M): string;
  render(w: FormWriter, model: M): void | Promise<void>;
};

/** Renders a model with its form's heading (motto, agency, number, title, place and date). */
export async function renderForm<M extends ModelHeading, S>(def: FormDefinition<M, S>, model: M): Promise<Buffer> {
  const writer = new FormWriter(
    {
      agency: model.agency,
      formNumber: def.formNumber,
      title: def.title,
      issuedAt: new Date(model.issuedAt),
      ...(model.number ? { number: model.number } : {}),
    },
    { landscape: def.landscape ?? false },
  );
  await def.render(writer, model);
  return writer.finish();
}

/** "Nguyễn Văn An" or "Công ty X (người đại diện: Trần Y)". */
export function applicantLine(a: DossierFacts['dossier']['applicant']): string {
  return a.representative ? `${a.name} (người đại diện: ${a.representative})` : a.name;
}

/** The latest event of one of `actions`, or undefined. */
export function lastEvent(facts: DossierFacts, ...actions: string[]) {
  return [...facts.events].reverse().find((e) => actions.includes(e.action));
}

export const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A file name safe in a Content-Disposition header: the dossier code or the id. */
export function fileNameOf(prefix: string, facts: { dossier: { code: string | null; id: string } }): string {
  return `${prefix}-${facts.dossier.code ?? facts.dossier.id}.pdf`;
}

/** A slip handed back at the counter instead of receiving (reception_slip row), for forms 02 and 03. */
export type ReceptionSlipFacts = {
  agency: IssuingAgency;
  slip: {
    id: string;
    kind: 'supplement' | 'refusal';
    createdAt: string;
    procedure: string;
    applicantName: string;
    applicantIdNumber: string;
    items: { name?: string; reason?: string; note?: string }[];
  };
  issuerName: string | null;
};
