import type { PendingConfirmation } from '../../common/source';
import type { AwardParameters } from '../award-parameters';
import type {
  AwardCondition,
  AwardDefinition,
  AwardFacts,
  AwardTerms,
  AwardTermsKind,
  AwardVersion,
} from '../award-types';
import type { Granted } from './award-grants';

/** What an evaluator reads: the request's facts and date, the version in force, the readings, the award. */
export interface AwardContext {
  readonly facts: AwardFacts;
  readonly version: AwardVersion;
  readonly params: AwardParameters;
  readonly date: string;
  readonly definition: AwardDefinition;
}

/** The conditions of one award for one request, and how to compute the amount once they are all met. */
export interface AwardEvaluation {
  readonly conditions: readonly AwardCondition[];
  readonly pending: readonly PendingConfirmation[];
  /** Called only when every condition is met. */
  readonly grant: () => Granted;
}

/** The terms of kind `K`. */
export type AwardTermsOf<K extends AwardTermsKind> = Extract<AwardTerms, { kind: K }>;

/** The evaluator of one award family: the kind of terms it reads, and its conditions and formula. */
export interface AwardEvaluator {
  /** Every award of the family has versions with terms of this kind. */
  readonly termsKind: AwardTermsKind;
  readonly evaluate: (ctx: AwardContext) => AwardEvaluation;
}

/** The version's terms, which must be of `kind` (a successor version keeps its award's kind). */
export function termsOf<K extends AwardTermsKind>(version: AwardVersion, kind: K): AwardTermsOf<K> {
  if (version.terms.kind !== kind) {
    throw new RangeError(`版本${version.id}的参数类型为${version.terms.kind}，应为${kind}`);
  }
  return version.terms as AwardTermsOf<K>;
}

/** An evaluator that reads the version's terms of `termsKind` (a version of another kind is a RangeError). */
export function defineAwardEvaluator<K extends AwardTermsKind>(
  termsKind: K,
  evaluate: (ctx: AwardContext, terms: AwardTermsOf<K>) => AwardEvaluation,
): AwardEvaluator {
  return { termsKind, evaluate: (ctx) => evaluate(ctx, termsOf(ctx.version, termsKind)) };
}
