/**
 * How the labels of the data sets we may train on map onto Closeloop's (CONTRACT §4).
 * Only CFPB (public domain), banking77 (CC BY 4.0) and the ASAP sample (Apache-2.0) appear
 * here: evaluation-only data sets are never mapped for training (bench/triage-mappings.ts
 * holds their evaluation mappings). A label left out is not used: better no row than a
 * wrongly labelled one. Decided by reading the label definitions, before training.
 */
import type { Category, Risk } from '../domain/vocabulary.js';

/**
 * CFPB `Issue` → category. The issue is chosen by the consumer from CFPB's list, so it is
 * noisy; only issues whose wording names one of our categories are used.
 */
export const cfpbIssueCategory: Readonly<Record<string, Category>> = {
  // The report states wrong facts about the consumer: information accuracy.
  'Incorrect information on your report': 'information_accuracy',
  'Incorrect information on credit report': 'information_accuracy',
  // The collector claims a debt that is wrong or not the consumer's: information accuracy.
  'Attempts to collect debt not owed': 'information_accuracy',
  "Cont'd attempts collect debt not owed": 'information_accuracy',
  'False statements or representation': 'information_accuracy',
  'Written notification about debt': 'information_accuracy',
  'Disclosure verification of debt': 'information_accuracy',
  // A charge the consumer did not expect or recognise on the bill: a wrong bill.
  'Fees or interest': 'information_accuracy',
  "Charged fees or interest you didn't expect": 'information_accuracy',
  "Charged fees or interest I didn't expect": 'information_accuracy',
  'Unexpected or other fees': 'information_accuracy',
  'Problem with a purchase shown on your statement': 'information_accuracy',
  // Promotions that did not hold what they said: misleading description.
  'Advertising and marketing, including promotional offers': 'information_accuracy',
  // Harassing calls, abusive language: how staff treat the customer.
  'Communication tactics': 'service_attitude',
  // Account rules, closures, hardship programmes, terms: policy execution.
  'Managing an account': 'policy',
  'Closing an account': 'policy',
  'Closing your account': 'policy',
  'Opening an account': 'policy',
  'Struggling to pay mortgage': 'policy',
  'Struggling to pay your loan': 'policy',
  'Struggling to repay your loan': 'policy',
  'Other features, terms, or problems': 'policy',
  'Problem caused by your funds being low': 'policy',
  // Money promised by a date and not there: handling timeliness.
  'Money was not available when promised': 'timeliness',
  // The card itself does not work: the product fails.
  'Trouble using your card': 'product_quality',
  // Unauthorised use of the consumer's report: none of our topics.
  'Improper use of your report': 'other',
  'Fraud or scam': 'other',
};
// Left out on purpose: investigations into a dispute (about process and outcome at once),
// trouble during payment, dealing with the servicer, mortgage closing: each mixes categories.

/** CFPB issues that also carry a risk (risks are lexicon-driven; this is metadata only). */
export const cfpbIssueRisks: Readonly<Record<string, Risk[]>> = {
  'Fraud or scam': ['fraud'],
  'Improper use of your report': ['data_leak'],
  'Took or threatened to take negative or legal action': ['legal'],
};

/** banking77 intents that are complaints, → category. */
export const banking77Category: Readonly<Record<string, Category>> = {
  // "I'm still waiting for my card": the card's delivery.
  card_arrival: 'logistics',
  // A charge the customer does not expect, twice, at the wrong rate, or the wrong cash: a wrong bill.
  extra_charge_on_statement: 'information_accuracy',
  transaction_charged_twice: 'information_accuracy',
  card_payment_wrong_exchange_rate: 'information_accuracy',
  wrong_exchange_rate_for_cash_withdrawal: 'information_accuracy',
  wrong_amount_of_cash_received: 'information_accuracy',
  card_payment_fee_charged: 'information_accuracy',
  // The card or the app does not work: product quality.
  card_not_working: 'product_quality',
  contactless_not_working: 'product_quality',
  virtual_card_not_working: 'product_quality',
  card_swallowed: 'product_quality',
  // Money still pending or not arrived: handling timeliness.
  pending_transfer: 'timeliness',
  pending_card_payment: 'timeliness',
  pending_top_up: 'timeliness',
  pending_cash_withdrawal: 'timeliness',
  transfer_not_received_by_recipient: 'timeliness',
  balance_not_updated_after_bank_transfer: 'timeliness',
  balance_not_updated_after_cheque_or_cash_deposit: 'timeliness',
  Refund_not_showing_up: 'timeliness',
  // Refunds and ending the contract: policy.
  request_refund: 'policy',
  terminate_account: 'policy',
  // Payments the customer did not make: no topic of ours (the fraud risk is the point).
  card_payment_not_recognised: 'other',
  direct_debit_payment_not_recognised: 'other',
  cash_withdrawal_not_recognised: 'other',
  compromised_card: 'other',
};

/**
 * banking77 intents → the risks their questions tell of. A payment, debit or withdrawal the
 * customer does not recognise, and a card whose details were taken, are possible fraud; every
 * other imported intent (a card that has not come, a wrong rate, money pending, a question)
 * tells of no risk, and says so to the risk heads, which otherwise learn "bank question" only
 * from complaints that do carry a risk.
 */
export const banking77Risks: Readonly<Record<string, readonly Risk[]>> = {
  card_payment_not_recognised: ['fraud'],
  direct_debit_payment_not_recognised: ['fraud'],
  cash_withdrawal_not_recognised: ['fraud'],
  compromised_card: ['fraud'],
};

/** banking77 intents that are plain questions: neutral (calm, not negative), no category. */
export const banking77Neutral: readonly string[] = [
  'exchange_rate',
  'fiat_currency_support',
  'automatic_top_up',
  'exchange_via_app',
  'age_limit',
  'top_up_limits',
  'supported_cards_and_currencies',
  'getting_virtual_card',
  'edit_personal_details',
  'get_physical_card',
  'visa_or_mastercard',
  'disposable_card_limits',
  'atm_support',
  'order_physical_card',
  'getting_spare_card',
  'apple_pay_or_google_pay',
  'country_support',
  'change_pin',
  'receiving_money',
];

/**
 * ASAP aspect → category of a negative (−1) aspect. Dishes, portions and the room are
 * what the restaurant sells (product quality); waiting and serving speed are timeliness;
 * price level is none of our topics (other). Location and parking say nothing about the
 * service and are not used; a review whose negative aspects map to two categories gets none.
 */
export const asapAspectCategory: Readonly<Record<string, Category>> = {
  service_waiters_attitude: 'service_attitude',
  service_serving_speed: 'timeliness',
  service_wait_time: 'timeliness',
  dish_taste: 'product_quality',
  dish_portion: 'product_quality',
  dish_look: 'product_quality',
  environment_cleaness: 'product_quality',
  environment_noise: 'product_quality',
  price_level: 'other',
  price_cost_effective: 'other',
};
/** ASAP stars: ≥ 4 with no negative aspect is not negative; ≤ 2, or 3 with a negative aspect, is. */
export const asapPositiveStars = 4;
export const asapNegativeStars = 2;
