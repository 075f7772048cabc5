// Document checks for clients other than the booth page (which reads zones in the browser): a zone or
// a national number checked, the recommendation of the document policy in force, and the policy's
// versions, which supervisors append to and nobody rewrites.
//
// The check endpoints keep nothing: no personal data is stored, so they write no audit entry, and the
// zone is never logged (Fastify logs the method, URL and status only; nothing here logs the body).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IdentifierBody,
  IdentifierReply,
  MrzCheckBody,
  MrzCheckReply,
  PolicyReply,
  PolicyVersionParams,
  PolicyVersionsReply,
  SavePolicyBody,
} from '../../api/documents';
import { localHour } from '../../domain/crossings';
import {
  checkIdentifier,
  type Direction,
  evaluatePolicy,
  type MrzResult,
  type PolicyDecision,
  parseMrz,
  type RuleSet,
  type RuleSetProblemCode,
  validateRuleSet,
  zonePolicyFacts,
} from '../../domain/documents';
import { listDecrees } from '../../store/decrees';
import {
  appendPolicyVersion,
  currentPolicy,
  listPolicyVersions,
  policyVersion,
  type StoredPolicy,
} from '../../store/documents';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { writeTransaction } from '../../store/transaction-lock';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';

const route = routesTagged('documents');

// The rule set evaluatePolicy runs on: its version is the stored version number, so a recorded
// decision names the row it rests on. Version 0: nothing saved yet, so nothing matches ('refer').
const ruleSetOf = (policy: StoredPolicy | undefined): RuleSet => ({
  version: String(policy?.version ?? 0),
  rules: policy?.rules ?? [],
});

const PROBLEM_TEXT: Readonly<Record<RuleSetProblemCode, string>> = {
  'policy.shape': 'must be an object of the documented shape',
  'policy.version': 'the version must be a non-empty text',
  'policy.duplicate-id': 'another rule has this id',
  'policy.id':
    'an id is 1 to 100 letters, digits, dots, hyphens or underscores, without spaces (entry-valid-passport)',
  'policy.field': 'must be a non-empty text (or a list of them)',
  'policy.date': 'must be an ISO 8601 instant with a zone, like 2025-11-25T00:00:00-05:00',
  'policy.period': 'must be after validFrom',
  'policy.directions': 'must list one or more of entry, exit, transit',
  'policy.outcome': 'must be admit, refer or refuse',
  'policy.document-kind': 'must list known document kinds',
  'policy.nationality': 'must list ICAO codes of 1 to 3 capital letters',
  'policy.number': 'must be a whole number from 0 to 150',
  'policy.decree-unknown': 'cites a decree record the decree register does not hold',
  'policy.checkpoint-unknown': 'names a checkpoint id that no checkpoint has',
};

async function recommend(
  db: Executor,
  read: MrzResult,
  checkpointId: string,
  direction: Direction,
  now: Date,
  timeZone: string,
): Promise<PolicyDecision | null> {
  // A recommendation needs fields that passed every check. A repair awaiting confirmation is no
  // obstacle: it is in the number or optional data, which the policy does not read.
  if (read.problems.length > 0 || read.fields === null) return null;
  const facts = zonePolicyFacts(read.fields, checkpointId, direction);
  if (facts === null) return null;
  return evaluatePolicy(ruleSetOf(await currentPolicy(db)), facts, now, timeZone);
}

export const documentRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.post(
    '/api/documents/mrz',
    route('documents.check', { body: MrzCheckBody, response: { 200: MrzCheckReply } }),
    async (request) => {
      const { mrz, checkpointId, direction } = request.body;
      const now = ctx.now();
      // Documents expire by the checkpoint's calendar when it is named (at 21:00 in Tacna it is still
      // today there), and by UTC's otherwise.
      const [checkpoint] = checkpointId === undefined ? [] : await listCheckpoints(kysely, [checkpointId]);
      const today =
        checkpoint === undefined ? now : new Date(`${localHour(now, checkpoint.timeZone).date}T12:00:00Z`);
      const read = parseMrz(mrz, today);
      if (checkpointId === undefined || direction === undefined) return read;
      const zone = checkpoint?.timeZone ?? 'UTC';
      return { ...read, policy: await recommend(kysely, read, checkpointId, direction, now, zone) };
    },
  );

  app.post(
    '/api/documents/identifier',
    route('documents.check', { body: IdentifierBody, response: { 200: IdentifierReply } }),
    async (request) => checkIdentifier(request.body.idType, request.body.number),
  );

  app.get('/api/documents/policy', route('documents.check', { response: { 200: PolicyReply } }), async () => {
    const policy = await currentPolicy(kysely);
    if (!policy) {
      return { version: 0, rules: [], note: null, createdBy: null, createdByName: null, createdAt: null };
    }
    return policy;
  });

  app.get(
    '/api/documents/policy/versions',
    route('documents.check', { response: { 200: PolicyVersionsReply } }),
    async () => ({ versions: await listPolicyVersions(kysely) }),
  );

  // An earlier version's rules, to read what it said and to start an edit from it (putting it back is
  // saving it as a new version: none is ever changed).
  app.get(
    '/api/documents/policy/versions/:version',
    route('documents.check', { params: PolicyVersionParams, response: { 200: PolicyReply } }),
    async (request) => {
      const found = await policyVersion(kysely, request.params.version);
      if (!found) throw new Problem('request.not-found', 'No policy version has this number.');
      return found;
    },
  );

  app.post(
    '/api/documents/policy',
    route('policy.edit', { body: SavePolicyBody, response: { 201: PolicyReply } }),
    async (request, reply) => {
      const { rules, note, baseVersion } = request.body;
      const { user } = actorOf(request);
      const now = ctx.now();
      // The version number is given below; checking the rules does not depend on it. A rule may cite
      // only a decree the register holds and name only checkpoints there are (neither is ever
      // deleted, so one read here stays true).
      const [decreeList, checkpointList] = await Promise.all([listDecrees(kysely), listCheckpoints(kysely)]);
      const checked = validateRuleSet(
        { version: 'new', rules },
        {
          decrees: new Set(decreeList.map((d) => d.id)),
          checkpoints: new Set(checkpointList.map((c) => c.id)),
          // The form the editor's hint gives; a version saved before it was enforced is read as it is.
          strictIds: true,
        },
      );
      if (!checked.ok) {
        const errors = checked.error.map((p) => ({
          path: p.path,
          code: p.code,
          message: PROBLEM_TEXT[p.code],
        }));
        throw new Problem(
          'policy.invalid',
          errors.map((e) => `${e.path || 'rules'}: ${e.message} (${e.code})`).join('; '),
          { errors },
        );
      }
      const saved = await writeTransaction(kysely, async (tx) => {
        const base = (await currentPolicy(tx))?.version ?? 0;
        if (baseVersion !== undefined && baseVersion !== base) return { stale: base } as const;
        const version = base + 1;
        const entry = {
          version,
          rules: checked.value.rules,
          note,
          createdBy: user.username,
          createdAt: now.toISOString(),
        };
        // A concurrent save took this number first: refuse rather than overwrite what it saved.
        if (!(await appendPolicyVersion(tx, entry))) return { stale: version } as const;
        await recordAudit(tx, request, now, {
          action: 'policy.save',
          entityType: 'document_policy',
          entityId: String(version),
          detail: { version, note, ruleIds: entry.rules.map((r) => r.id) },
        });
        return { entry } as const;
      });
      if ('stale' in saved) {
        throw new Problem(
          'policy.stale',
          `Version ${saved.stale} is in force now; reload it and apply your change to it.`,
          { currentVersion: saved.stale },
        );
      }
      return reply.code(201).send({ ...saved.entry, createdByName: user.displayName });
    },
  );
};
