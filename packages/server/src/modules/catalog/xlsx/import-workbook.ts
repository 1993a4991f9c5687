import { AppError, diffContent, type ProcedureContent } from '@motcua/core';
import type { Db, Queryable } from '../../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../../auth/actor.js';
import { appendAudit, originOf } from '../../audit/audit.repository.js';
import { conflict, DECISION_NOT_DRAFT } from '../catalog-errors.js';
import { checkChange, normalise } from '../decision-changes.js';
import { findDecision, insertChange, listChanges, lockDecision } from '../decision.repository.js';
import { effectiveInstant } from '../effective-instant.js';
import { parseWorkbook, problemAt, sortProblems, type ParsedWorkbook } from './parse-workbook.js';
import { CODE_HEADER, PROCEDURE_SHEET } from './workbook-layout.js';
import { MESSAGES, problemDetail, type WorkbookProblem } from './workbook-problems.js';
import { listContentInForce } from './workbook.repository.js';

export type ImportedChange = { kind: 'new' | 'amend'; code: string; name: string; content: ProcedureContent };

export type ImportSummary = {
  valid: boolean;
  dryRun: boolean;
  problems: WorkbookProblem[];
  changes: ImportedChange[];
  /** Procedures identical to the version in force at the decision's effective date. */
  unchanged: number;
  /** Procedures whose change, with this very content, the draft already holds (a repeated import). */
  alreadyInDecision: string[];
  /** Procedures in force then but absent from the workbook. Never abolished by omission. */
  notInWorkbook: string[];
};

/**
 * Imports a catalog workbook into a draft decision. Each procedure row is compared with the
 * version in force at the decision's effective date: unknown code → 'new', different content
 * → 'amend', identical → nothing. Abolition is never inferred from a missing row (a truncated
 * file must not abolish half the catalog); it takes an explicit change. A dry run (the
 * default) writes nothing; a real import writes every change or, on any problem, none.
 */
export async function importWorkbook(
  db: Db,
  ctx: RequestContext,
  decisionId: string,
  bytes: Buffer,
  options: { dryRun: boolean },
): Promise<ImportSummary> {
  const agencyId = ctx.actor.agencyId;
  const parsed = await parseWorkbook(bytes);
  return db.transaction().execute(async (tx) => {
    const row = options.dryRun
      ? await findDecision(tx, agencyId, decisionId)
      : await lockDecision(tx, agencyId, decisionId);
    const decision = requireOwnAgency(ctx.actor, row);
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    const at = await effectiveInstant(tx, agencyId, decision.effective_from);
    const summary = await planImport(tx, agencyId, decisionId, at, parsed);
    summary.dryRun = options.dryRun;
    if (options.dryRun) return summary;
    if (!summary.valid) throw new AppError('VALIDATION_FAILED', summary.problems.map(problemDetail));
    for (const change of summary.changes) {
      await insertChange(tx, { agencyId, decisionId, ...normalise({ kind: change.kind, content: change.content }) });
    }
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.import',
      targetType: 'decision',
      targetId: decisionId,
      details: {
        new: summary.changes.filter((c) => c.kind === 'new').length,
        amend: summary.changes.filter((c) => c.kind === 'amend').length,
        unchanged: summary.unchanged,
        alreadyInDecision: summary.alreadyInDecision.length,
        notInWorkbook: summary.notInWorkbook.length,
      },
    });
    return summary;
  });
}

async function planImport(
  db: Queryable,
  agencyId: string,
  decisionId: string,
  at: Date,
  parsed: ParsedWorkbook,
): Promise<ImportSummary> {
  const problems = [...parsed.problems];
  const inForce = new Map((await listContentInForce(db, agencyId, at)).map((v) => [v.code, v.content]));
  const drafted = new Map<string, unknown>();
  for (const c of await listChanges(db, agencyId, decisionId)) {
    drafted.set(c.procedure_code, c.content);
    if (c.replacement_code) drafted.set(c.replacement_code, c.content);
  }
  const changes: ImportedChange[] = [];
  const alreadyInDecision: string[] = [];
  let unchanged = 0;
  for (const { row, codeCell, content } of parsed.procedures) {
    const current = inForce.get(content.code);
    if (current !== undefined && isSame(current, content)) {
      unchanged++;
      continue;
    }
    const blame = (message: WorkbookProblem['message']) =>
      problems.push(problemAt(PROCEDURE_SHEET, row, CODE_HEADER, codeCell, message));
    if (drafted.has(content.code)) {
      if (isSame(drafted.get(content.code), content)) alreadyInDecision.push(content.code);
      else blame(MESSAGES.alreadyInDecision);
      continue;
    }
    const kind = current === undefined ? 'new' : 'amend';
    // A code never in force may still be taken (abolished, or published for a later date).
    if (kind === 'new') {
      const refusal = await refusalOf(() => checkChange(db, agencyId, at, normalise({ kind, content })));
      if (refusal) {
        blame(refusal);
        continue;
      }
    }
    changes.push({ kind, code: content.code, name: content.name, content });
  }
  const notInWorkbook = [...inForce.keys()].filter((code) => !parsed.codes.has(code));
  return {
    valid: problems.length === 0,
    dryRun: true,
    problems: sortProblems(problems),
    changes,
    unchanged,
    alreadyInDecision,
    notInWorkbook,
  };
}

function isSame(stored: unknown, content: ProcedureContent): boolean {
  return diffContent(stored, content).length === 0;
}

/** The catalog's own refusal (code taken…), as a problem on the row rather than a 409. */
async function refusalOf(check: () => Promise<void>): Promise<WorkbookProblem['message'] | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    const message = error instanceof AppError ? error.details?.[0]?.message : undefined;
    if (!message || typeof message === 'string') throw error;
    return message;
  }
}
