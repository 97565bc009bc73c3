/**
 * Text written to a response as it is produced: pieces are taken from their generator only when
 * the client is ready for more (the stream's pull, so a slow reader holds back the rendering
 * instead of filling memory), gathered into chunks of about `CHUNK_CHARS`, and the event loop runs
 * other requests between chunks.
 */

/** Characters per chunk written (≈ 32–96 KB of UTF-8). */
const CHUNK_CHARS = 32 * 1024;

const encoder = new TextEncoder();
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export function textStream(
  pieces: Iterable<string>,
  { onError }: { onError?: (error: unknown) => void } = {},
): ReadableStream<Uint8Array> {
  let iterator: Iterator<string> | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (started) await breathe();
      started = true;
      iterator ??= pieces[Symbol.iterator]();
      let text = '';
      try {
        while (text.length < CHUNK_CHARS) {
          const next = iterator.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += next.value;
        }
      } catch (error) {
        onError?.(error);
        controller.error(error);
        return;
      }
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      iterator?.return?.();
    },
  });
}
