/**
 * The shapes the API answers, taken from the server's own zod contracts (type-only
 * imports: no server code reaches the bundle).
 */
import type { z } from 'zod';
import type {
  AttachmentView,
  ComplaintDetailView,
  ComplaintPage,
  ComplaintView,
  HistoryView,
  MessageView,
  PublicReceipt,
  PublicView,
  RemedyView,
} from '../../../src/server/routes/complaints.schema';
import type {
  RemedyMatrixView,
  RemedySuggestionsView,
} from '../../../src/server/routes/remedy-matrix.schema';
import type { TaskPage, TaskView } from '../../../src/server/routes/tasks.schema';
import type {
  FollowUpView,
  OfferAnswerView,
  StaffSurveyView,
  SurveyView,
} from '../../../src/server/routes/closing.schema';

export type Complaint = z.infer<typeof ComplaintView>;
/** One complaint as GET /api/v1/complaints/{id} answers it: with the names of the staff it refers to. */
export type ComplaintDetail = z.infer<typeof ComplaintDetailView>;
export type ComplaintList = z.infer<typeof ComplaintPage>;
export type History = z.infer<typeof HistoryView>;
export type Message = z.infer<typeof MessageView>;
export type Attachment = z.infer<typeof AttachmentView>;
export type Remedy = z.infer<typeof RemedyView>;
export type PublicReceiptView = z.infer<typeof PublicReceipt>;
export type PublicComplaintView = z.infer<typeof PublicView>;
export type ComplaintStatus = Complaint['status'];
export type FollowUp = z.infer<typeof FollowUpView>;
export type FollowUpOutcome = FollowUp['outcome'];
export type StaffSurvey = z.infer<typeof StaffSurveyView>;
export type CustomerSurvey = z.infer<typeof SurveyView>;
export type OfferAnswer = z.infer<typeof OfferAnswerView>;
export type DepartmentTask = z.infer<typeof TaskView>;
export type DepartmentTaskPage = z.infer<typeof TaskPage>;
export type Department = DepartmentTask['department'];
export type RemedyMatrix = z.infer<typeof RemedyMatrixView>;
export type RemedyMatrixRow = RemedyMatrix['rows'][number];
export type RemedySuggestions = z.infer<typeof RemedySuggestionsView>;
