/**
 * Sending the chosen evidence files once the complaint exists (it needs the access code).
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { uploadEvidence } from './portal-api';

export interface UploadOutcome {
  busy: boolean;
  attached: string[];
  failed: { name: string; reason: string }[];
}

/** Sends the files one by one, so one refused file does not lose the others. */
export async function sendEvidence(
  trackingNumber: string,
  accessToken: string,
  files: readonly File[],
  report: (outcome: UploadOutcome) => void,
  reason: (error: unknown) => string,
): Promise<UploadOutcome> {
  const outcome: UploadOutcome = { busy: true, attached: [], failed: [] };
  report({ ...outcome });
  for (const file of files) {
    try {
      await uploadEvidence(trackingNumber, accessToken, file);
      outcome.attached.push(file.name);
    } catch (error) {
      outcome.failed.push({ name: file.name, reason: reason(error) });
    }
    report({ ...outcome, attached: [...outcome.attached], failed: [...outcome.failed] });
  }
  outcome.busy = false;
  report({ ...outcome });
  return outcome;
}

/** Why the server refused a file, in the reader's language. */
export function uploadFailureReason(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  switch (error.problem.status) {
    case 0:
      return t('errors.network');
    case 413:
      return t('portal.evidenceReasonTooLarge');
    case 415:
      return t('portal.evidenceReasonType');
    case 429:
      return t('track.rateLimited');
    default:
      return t('errors.generic');
  }
}
