/** A review packet that cannot be read; the message says what is wrong in one plain sentence. */
export class ReviewPacketError extends Error {
  override readonly name = "ReviewPacketError";
}
