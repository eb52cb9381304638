/**
 * The public API a customer uses without an account (CONTRACT.md §6): file a complaint,
 * look it up with its tracking number and access code, add a message or evidence.
 */
import { api, ApiError, languageHeader, type Problem } from '../../api/client';
import type { CustomerSurvey, OfferAnswer, PublicComplaintView, PublicReceiptView } from '../../api/types';
import type { Language } from '../../i18n/i18n';

const base = '/api/v1/public/complaints';

export interface PublicComplaintInput {
  customer: { name: string; email?: string; phone?: string };
  subject?: string;
  description: string;
  expectation?: string;
  orderRef?: string;
  locale: Language;
}

const complaintPath = (trackingNumber: string) => `${base}/${encodeURIComponent(trackingNumber.trim())}`;
const tokenHeader = (accessToken: string) => ({ 'x-access-token': accessToken.trim() });

export function fileComplaint(body: PublicComplaintInput): Promise<PublicReceiptView> {
  return api<PublicReceiptView>(base, { method: 'POST', body, auth: false });
}

export function lookUpComplaint(
  trackingNumber: string,
  accessToken: string,
  signal?: AbortSignal,
): Promise<PublicComplaintView> {
  return api<PublicComplaintView>(complaintPath(trackingNumber), {
    auth: false,
    headers: tokenHeader(accessToken),
    signal,
  });
}

export function addCustomerMessage(trackingNumber: string, accessToken: string, body: string) {
  return api<{ at: string }>(`${complaintPath(trackingNumber)}/messages`, {
    method: 'POST',
    body: { body },
    auth: false,
    headers: tokenHeader(accessToken),
  });
}

/** Rates the resolution (1–5) with an optional comment. */
export function submitSurvey(
  trackingNumber: string,
  accessToken: string,
  body: { rating: number; comment?: string },
) {
  return api<CustomerSurvey>(`${complaintPath(trackingNumber)}/survey`, {
    method: 'POST',
    body,
    auth: false,
    headers: tokenHeader(accessToken),
  });
}

/** Accepts or rejects the offered remedies; a rejection carries the customer's reason. */
export function answerOffer(
  trackingNumber: string,
  accessToken: string,
  body: { decision: 'accept' | 'reject'; reason?: string },
) {
  return api<OfferAnswer>(`${complaintPath(trackingNumber)}/offer`, {
    method: 'POST',
    body,
    auth: false,
    headers: tokenHeader(accessToken),
  });
}

/** Sends one evidence file (multipart/form-data); throws ApiError like api(). */
export async function uploadEvidence(trackingNumber: string, accessToken: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${complaintPath(trackingNumber)}/attachments`, {
      method: 'POST',
      headers: { accept: 'application/json', ...languageHeader(), ...tokenHeader(accessToken) },
      body: form,
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network',
      status: 0,
      detail: 'network',
      code: 'network',
    });
  }
  if (response.ok) return;
  let problem: Problem;
  try {
    problem = (await response.json()) as Problem;
  } catch {
    problem = { type: 'about:blank', title: 'Error', status: response.status, detail: '', code: 'unknown' };
  }
  throw new ApiError({ ...problem, status: response.status });
}

/** The customer's tracking link, as the server builds it: /track?n=…&t=… */
export function trackPath(trackingNumber: string, accessToken: string): string {
  return `/track?n=${encodeURIComponent(trackingNumber)}&t=${encodeURIComponent(accessToken)}`;
}
