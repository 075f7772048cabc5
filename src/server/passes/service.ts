// Issuing a pass as a request of a signed-in person: signed, stored and audited in the caller's
// transaction. The passes routes use it; so may another area's (a convoy manifest) once merged.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PassReply } from '../../api/passes';
import type { Executor } from '../../store/executor';
import { type IssuedPass, issuePass, type PassInput, passIssueDetail } from '../../store/passes';
import { recordAudit } from '../audit/record';
import { Problem } from '../problems';

/** A 400 for a pass that ends before it starts: said before anything about its convoy. */
export function checkPassPeriod(input: { readonly validFrom: string; readonly validUntil: string }): void {
  if (input.validUntil <= input.validFrom) {
    const error = { path: 'body.validUntil', message: 'a pass ends after it starts' };
    throw new Problem('validation', `${error.path}: ${error.message}`, { errors: [error] });
  }
}

/** Issues (or, for an id already used, returns) a pass; a value a pass cannot carry is a 400. */
export async function issuePassFor(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  input: PassInput,
): Promise<IssuedPass> {
  checkPassPeriod(input);
  const issued = await issuePass(tx, input, { now, userId: request.actor?.user.id ?? null });
  if (!issued.ok) {
    const { detail, field, message } = issued.error;
    // The field at fault, for a form to mark, when the refusal is about one.
    const errors = field === undefined ? undefined : [{ path: `body.${field}`, message: message ?? detail }];
    throw new Problem('validation', detail, errors ? { errors } : undefined);
  }
  if (issued.value.created) {
    const { pass } = issued.value;
    await recordAudit(tx, request, now, {
      action: 'pass.issue',
      entityType: 'travel_pass',
      entityId: pass.id,
      detail: passIssueDetail(pass),
    });
  }
  return issued.value;
}

export const passReply = ({ pass, text, revoked }: Omit<IssuedPass, 'created'>): PassReply => ({
  id: pass.id,
  kid: pass.kid,
  text,
  name: pass.name,
  birthDate: pass.birthDate,
  document: pass.document,
  convoy: pass.convoy,
  corridor: pass.corridor,
  issuedAt: pass.issuedAt,
  validFrom: pass.validFrom,
  validUntil: pass.validUntil,
  revoked,
});

/** Printing a pass shows a person's data: each pass printed is recorded as a read of personal data. */
export const recordPassPrinted = (
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  passId: string,
  detail: Readonly<Record<string, unknown>>,
) =>
  recordAudit(tx, request, now, {
    action: 'pass.print',
    entityType: 'travel_pass',
    entityId: passId,
    detail,
  });

/** Answers passes to print: a PDF the browser opens in place, under `filename`. */
export const sendPrintable = (reply: FastifyReply, pdf: Buffer, filename: string) =>
  reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
