/**
 * The shapes the API answers, taken from the server's own zod contracts (type-only
 * imports: no server code reaches the bundle).
 */
import type { z } from 'zod';
import type {
  AttachmentView,
  ComplaintPage,
  ComplaintView,
  HistoryView,
  MessageView,
  PublicReceipt,
  PublicView,
  RemedyView,
} from '../../../src/server/routes/complaints.schema';

export type Complaint = z.infer<typeof ComplaintView>;
export type ComplaintList = z.infer<typeof ComplaintPage>;
export type History = z.infer<typeof HistoryView>;
export type Message = z.infer<typeof MessageView>;
export type Attachment = z.infer<typeof AttachmentView>;
export type Remedy = z.infer<typeof RemedyView>;
export type PublicReceiptView = z.infer<typeof PublicReceipt>;
export type PublicComplaintView = z.infer<typeof PublicView>;
export type ComplaintStatus = Complaint['status'];
