/**
 * How each evaluation data set's labels map onto Closeloop's triage axes. Fixed before the
 * first benchmark run and not tuned on its results; the reasoning sits beside each mapping.
 * These data sets are for evaluation only (see their READMEs): the bench reads them from
 * ../shared/data at run time, and nothing here is ever used for training.
 *
 * "Negative" is defined once, in the domain: `isNegative(result)` is an emotion other than
 * calm, or a dissatisfaction probability of at least 0.5 (src/domain/triage/classify.ts).
 */
import type { Category, Emotion } from '../src/domain/vocabulary.js';

/**
 * Twitter US Airline Sentiment `negativereason` → category. Only negative tweets have one.
 * "Can't Tell" is left out: it says the annotators could not name a reason.
 */
export const airlineReasonCategory: Readonly<Record<string, Category>> = {
  // A late flight is the service not happening on time: handling timeliness (延误 → timeliness).
  'Late Flight': 'timeliness',
  // Long queues at check-in or security: waiting, so timeliness.
  longlines: 'timeliness',
  // Agents, phone lines and their manner: service attitude (the closest of our keys;
  // some of these tweets are about hold times, which we would call timeliness).
  'Customer Service Issue': 'service_attitude',
  'Flight Attendant Complaints': 'service_attitude',
  // Bags lost or damaged in the airline's handling: logistics, as our lexicon reads 行李/luggage.
  'Lost Luggage': 'logistics',
  'Damaged Luggage': 'logistics',
  // The flight itself (seat, cabin, wifi, food, turbulence): what was sold, product quality.
  'Bad Flight': 'product_quality',
  // Wrong fares, failed or mixed-up bookings, confusing itineraries: information accuracy.
  'Flight Booking Problems': 'information_accuracy',
  // A cancellation's complaint is mostly what the airline then allows (rebooking, refunds,
  // vouchers): policy execution.
  'Cancelled Flight': 'policy',
};

/** airline_sentiment → negative vs not: 'negative' is negative; 'neutral' and 'positive' are not. */
export const airlineNegative = (sentiment: string): boolean => sentiment === 'negative';

/** waimai-10k, ChnSentiCorp, online-shopping-10cats: label 0 is a negative review, 1 a positive one. */
export const binaryReviewNegative = (label: string): boolean => label === '0';

/**
 * SMP2020-EWECT's six Weibo emotions → ours. angry → angry; sad → disappointed (sadness about
 * what happened is how disappointment reads in a complaint); fear → anxious; neutral → calm;
 * happy → calm (our only emotion that is not a grievance). surprise is left out: on Weibo it
 * is as often delighted as shocked, so it has no single counterpart.
 */
export const smpEmotion: Readonly<Record<string, Emotion | undefined>> = {
  angry: 'angry',
  sad: 'disappointed',
  fear: 'anxious',
  neutral: 'calm',
  happy: 'calm',
  surprise: undefined,
};

/** SMP2020 negative vs not: angry, sad and fear are negative; happy and neutral are not; surprise left out. */
export const smpNegative: Readonly<Record<string, boolean | undefined>> = {
  angry: true,
  sad: true,
  fear: true,
  happy: false,
  neutral: false,
  surprise: undefined,
};
