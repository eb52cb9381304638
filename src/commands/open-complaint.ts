/**
 * Opens a complaint from any channel: the web form, an agent's intake, email, import.
 *
 * Triage suggests category, emotion, risks and severity; a category or severity given
 * by a person wins, and so does the category of a subcategory the person chose (an active
 * one, of the given category if both are). Deadlines come from the business calendar. The
 * complaint, its first history entry, its clocks and the acknowledgement to the customer (in
 * the outbox) are written in one atomic statement.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { subcategoryProblem, type Subcategory } from '../domain/categories/category-settings.js';
import { DomainError, type FieldProblem } from '../domain/errors.js';
import { subjectFrom } from '../domain/complaint/complaint.js';
import { emailKey, phoneKey } from '../domain/complaint/customer-keys.js';
import { newAccessToken, newTrackingNumber } from '../domain/complaint/tracking-number.js';
import { minHash } from '../domain/search/minhash.js';
import { complaintSearchDocument } from '../domain/search/search-tokens.js';
import { clocksAtIntake, type Clock } from '../domain/sla/index.js';
import type { Category, Channel, Complexity, Emotion, Locale, Severity, Tier } from '../domain/vocabulary.js';
import { findSubcategory } from '../store/category-repository.js';
import { recordComplaint } from '../store/intake-batcher.js';
import { isForeignKeyViolation, type NewComplaint } from '../store/complaint-repository.js';
import { newId } from '../store/ids.js';
import { hashToken, type CommandContext } from './context.js';
import { acknowledgementMessage } from '../jobs/acknowledge-customer.js';

export interface OpenComplaintInput {
  channel: Channel;
  customer: { name: string; email?: string | undefined; phone?: string | undefined; tier?: Tier | undefined };
  subject?: string | undefined;
  description: string;
  expectation?: string | undefined;
  orderRef?: string | undefined;
  productRef?: string | undefined;
  occurredAt?: Date | undefined;
  receivedAt?: Date | undefined;
  complexity?: Complexity | undefined;
  locale?: Locale | undefined;
  category?: Category | undefined;
  /** A subcategory a person chose: of `category` when given, else its category is the person's. */
  subcategoryId?: string | undefined;
  severity?: Severity | undefined;
  /** The emotion a person heard; wins over the suggestion. */
  emotion?: Emotion | undefined;
}

export interface OpenedComplaint {
  complaint: Complaint;
  /** Shown to the customer once; only its hash is kept. */
  accessToken: string;
  /** Its SLA clocks as they were started. */
  clocks: Clock[];
}

export async function openComplaint(
  ctx: CommandContext,
  input: OpenComplaintInput,
  actor: Actor,
): Promise<OpenedComplaint> {
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  const subcategory = input.subcategoryId
    ? await findSubcategory(ctx.database.db, input.subcategoryId)
    : null;
  refuseInvalidInput(input, receivedAt, now, subcategory);
  // The person's category: the one given, else the chosen subcategory's.
  const chosenCategory = input.category ?? subcategory?.category;
  const tier = input.customer.tier ?? 'standard';
  const subject = input.subject?.trim() || subjectFrom(input.description);
  const suggestion = ctx.triage({
    text: [input.subject, input.description, input.expectation].filter(Boolean).join('\n'),
    locale: input.locale,
    tier,
  });
  const severity = input.severity ?? suggestion.severity;
  const complexity = input.complexity ?? 'ordinary';
  const category = chosenCategory ?? suggestion.category.label;
  const policy = ctx.deadlinePolicies.current;
  const targets = ctx.deadlinePolicies.targetsFor(policy.version, { category, severity, tier });
  const clocks = clocksAtIntake({ receivedAt, complexity }, ctx.calendar, targets);
  const deadlines = {
    firstResponseDueAt: clocks.find((c) => c.kind === 'first_response')!.dueAt,
    resolutionDueAt: clocks.find((c) => c.kind === 'resolution')!.dueAt,
  };
  const locale: Locale = input.locale ?? (suggestion.language === 'zh' ? 'zh-CN' : 'en-US');
  const email = input.customer.email?.trim() || null;
  const phone = input.customer.phone?.trim() || null;
  const id = newId(now.getTime());

  const customer = { name: input.customer.name.trim(), email, phone };

  for (let attempt = 0; attempt < 5; attempt++) {
    const accessToken = newAccessToken(ctx.randomBytes);
    const trackingNumber = newTrackingNumber(ctx.randomBytes);
    const outcome = await recordOrRefuse(ctx, {
      id,
      trackingNumber,
      accessTokenHash: hashToken(accessToken),
      status: 'new',
      channel: input.channel,
      customer: { id: newId(now.getTime()), name: input.customer.name.trim(), email, phone, tier },
      customerEmailKey: emailKey(email),
      customerPhoneKey: phoneKey(phone),
      subject,
      description: input.description,
      expectation: input.expectation?.trim() || null,
      orderRef: input.orderRef?.trim() || null,
      productRef: input.productRef?.trim() || null,
      occurredAt: input.occurredAt ?? null,
      receivedAt,
      createdAt: now,
      complexity,
      locale,
      triage: {
        language: suggestion.language,
        category: chosenCategory
          ? { label: chosenCategory, confidence: 1, source: 'person' }
          : { ...suggestion.category, source: 'triage' },
        emotion: input.emotion
          ? {
              label: input.emotion,
              // The suggestion's intensity when it heard the same; else a middle value.
              intensity: input.emotion === suggestion.emotion.label ? suggestion.emotion.intensity : 0.6,
            }
          : suggestion.emotion,
        risks: suggestion.risks,
        severity,
        severitySource: input.severity ? 'person' : 'triage',
        urgent: suggestion.urgent || severity === 'severe',
        needsReview: chosenCategory ? false : suggestion.needsReview,
        explanation: suggestion.explanation,
        modelVersion: suggestion.modelVersion,
      },
      ownerId: null,
      createdById: actor.type === 'user' ? actor.id : null,
      subcategoryId: subcategory?.id ?? null,
      firstResponseDueAt: deadlines.firstResponseDueAt,
      resolutionDueAt: deadlines.resolutionDueAt,
      deadlinePolicyVersion: policy.version,
      minHash: minHash([input.subject, input.description].filter(Boolean).join('\n')),
      searchTokens: complaintSearchDocument({
        subject,
        description: input.description,
        expectation: input.expectation,
        customerName: input.customer.name,
        orderRef: input.orderRef,
        productRef: input.productRef,
      }),
      history: {
        actorType: actor.type,
        actorId: actor.type === 'user' ? actor.id : null,
        actorName: actor.name,
        changes: {
          status: 'new',
          channel: input.channel,
          category,
          ...(subcategory ? { subcategoryId: subcategory.id } : {}),
          severity,
          risks: suggestion.risks,
          complexity,
          firstResponseDueAt: deadlines.firstResponseDueAt.toISOString(),
          resolutionDueAt: deadlines.resolutionDueAt.toISOString(),
          deadlinePolicyVersion: policy.version,
          triageModelVersion: suggestion.modelVersion,
        },
      },
      acknowledgement: acknowledgementMessage(ctx, {
        id,
        trackingNumber,
        firstResponseDueAt: deadlines.firstResponseDueAt,
        resolutionDueAt: deadlines.resolutionDueAt,
        locale,
        customer,
      }),
      clocks,
      intakeCorrections: intakeCorrections({ ...input, category: chosenCategory }, suggestion),
    });
    if (outcome.kind === 'inserted') {
      const started = clocks.map((plan) => ({
        ...plan,
        cycle: 1,
        metAt: null,
        warnedAt: null,
        breachedAt: null,
        escalatedAt: null,
        stoppedAt: null,
      }));
      return { complaint: outcome.complaint, accessToken, clocks: started };
    }
  }
  throw new Error('Could not record the complaint after 5 attempts (tracking number or customer races).');
}

/**
 * What a person at intake set to other values than the suggestion (an agent who heard the
 * customer on the phone): stored as corrections, as if made on the complaint page a moment later.
 */
function intakeCorrections(
  input: OpenComplaintInput,
  suggestion: { category: { label: Category }; emotion: { label: Emotion }; severity: Severity },
): NewComplaint['intakeCorrections'] {
  const corrections: { field: 'category' | 'emotion' | 'severity'; from: string; to: string }[] = [];
  if (input.category && input.category !== suggestion.category.label) {
    corrections.push({ field: 'category', from: suggestion.category.label, to: input.category });
  }
  if (input.emotion && input.emotion !== suggestion.emotion.label) {
    corrections.push({ field: 'emotion', from: suggestion.emotion.label, to: input.emotion });
  }
  if (input.severity && input.severity !== suggestion.severity) {
    corrections.push({ field: 'severity', from: suggestion.severity, to: input.severity });
  }
  return corrections;
}

/**
 * Records the complaint; a subcategory an admin deleted since it was read (only an unused one
 * can be) is refused like an unknown one, not answered with a 500.
 */
async function recordOrRefuse(ctx: CommandContext, complaint: NewComplaint) {
  try {
    return await recordComplaint(ctx.database, complaint);
  } catch (error) {
    if (complaint.subcategoryId && isForeignKeyViolation(error, 'complaints_subcategory_id')) {
      throw invalidInput([{ path: 'subcategoryId', message: subcategoryProblem(null, undefined)! }]);
    }
    throw error;
  }
}

/** Clocks of other systems run a little apart; beyond this, a time "from the future" is a mistake. */
const clockSkewMs = 5 * 60_000;

/**
 * Every problem at once: a complaint cannot be received in the future, nor be about something
 * that happened after it, and a chosen subcategory must be an active one of its category.
 */
function refuseInvalidInput(
  input: OpenComplaintInput,
  receivedAt: Date,
  now: Date,
  subcategory: Subcategory | null,
): void {
  const problems: FieldProblem[] = [];
  if (input.receivedAt && receivedAt.getTime() > now.getTime() + clockSkewMs) {
    problems.push({ path: 'receivedAt', message: 'must not be in the future' });
  }
  if (input.occurredAt && input.occurredAt.getTime() > receivedAt.getTime() + clockSkewMs) {
    problems.push({ path: 'occurredAt', message: 'must not be after the complaint was received' });
  }
  if (input.subcategoryId) {
    const problem = subcategoryProblem(subcategory, input.category);
    if (problem) problems.push({ path: 'subcategoryId', message: problem });
  }
  if (problems.length > 0) throw invalidInput(problems);
}

function invalidInput(problems: FieldProblem[]): DomainError {
  const onlyTimes = problems.every((p) => p.path === 'receivedAt' || p.path === 'occurredAt');
  return new DomainError(
    'input.invalid',
    onlyTimes
      ? 'The complaint has impossible times.'
      : `The request has ${problems.length} invalid field(s).`,
    problems,
  );
}
