export type { ReviewInvite, ReviewInviteOptions, ReviewPacketAttachment } from "./build-review-invite.ts";
export { buildReviewInvite, reviewPacketAttachment } from "./build-review-invite.ts";
export type {
  ReviewCallSelection,
  ReviewMomentSelection,
  ReviewPacketInput,
} from "./build-review-packet.ts";
export { buildReviewPacket } from "./build-review-packet.ts";
export { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
export type { FollowUpMail, FollowUpMailInput, FollowUpMailLabels } from "./follow-up-mail.ts";
export { buildFollowUpMail, MOMENTUM_PROPERTY_SET, REVIEW_ID_PROPERTY_ID } from "./follow-up-mail.ts";
export { parseReviewPacket, parseReviewPacketText } from "./parse-review-packet.ts";
export type { ReviewInviteHtmlOptions, ReviewInviteLabels } from "./review-invite-html.ts";
export { reviewCallsHtml } from "./review-invite-html.ts";
export type {
  PacketReflectionQuestion,
  ReviewCall,
  ReviewExcerptLine,
  ReviewKeyMoment,
  ReviewPacket,
  ReviewPerson,
  ReviewTranscriptFigures,
} from "./review-packet.schema.ts";
export {
  PACKET_REFLECTION_QUESTIONS,
  REVIEW_PACKET_FILE_NAME,
  REVIEW_PACKET_KIND,
  REVIEW_PACKET_LIMITS,
  REVIEW_PACKET_SCHEMA_VERSION,
} from "./review-packet.schema.ts";
export { ReviewPacketError } from "./review-packet-error.ts";
