/**
 * Reading a file a user named, without trusting what it is: a FIFO or a device
 * (`/dev/zero`) is refused before a byte is read (opened non-blocking, so a FIFO
 * with no writer cannot hold a thread of the pool), and no read takes more than
 * a stated limit, so a huge input is refused with a message, not a crash.
 */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { SpanwrightError } from '../../core/errors'

const MB = 2 ** 20

/** The most `import`, `validate`, `diff`, `agree`, `merge` and `show` read from one file. */
export const MAX_INPUT_BYTES = 64 * MB
/** The longest document text (UTF-8 bytes) Spanwright imports: an edit of one rewrites its whole file (~6 MB with 10,000 spans and the tokens), see store.edit_persist_p95_ms.1mb. */
export const MAX_DOCUMENT_BYTES = 1 * MB

export const documentTooLargeMessage = (bytes: number): string => `the text is ${bytes} bytes, more than the ${MAX_DOCUMENT_BYTES / MB} MB a document may hold`

/** A read refused for what the file is; `reason` is the message without the file's name. */
export class RefusedRead extends SpanwrightError {
  constructor(
    code: 'invalid_argument' | 'invalid_file',
    shown: string,
    readonly reason: string,
  ) {
    super(code, `${shown}: ${reason}`)
  }
}

export const notRegularMessage = 'not a regular file (a FIFO, device or socket); nothing was read'

export const tooLargeMessage = (bytes: number, limit: number): string => `${bytes} bytes, more than the ${limit / MB} MB Spanwright reads from one file`

/**
 * The file's bytes. A FIFO, device or socket is refused (`invalid_argument`),
 * so is a file over `limit` (`invalid_file`); other failures (ENOENT, EACCES) are
 * thrown as they come, for the caller to word.
 */
export async function readBounded(path: string, shown: string, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new RefusedRead('invalid_argument', shown, notRegularMessage)
    if (info.size > limit) throw new RefusedRead('invalid_file', shown, tooLargeMessage(info.size, limit))
    // The size is read again as the bytes come: a file growing meanwhile is held to the limit as well.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 64 * 1024), limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
      if (total > limit) throw new RefusedRead('invalid_file', shown, tooLargeMessage(total, limit))
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
  } finally {
    await handle.close()
  }
}
