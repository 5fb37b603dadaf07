const CHUNK_BITS = 1 << 16;

/**
 * Ticket ids an export has emitted, one bit each in 8 KB chunks per 65,536 ids, so a million
 * tickets cost ~130 KB instead of the ~20 MB a Set of numbers holds (memory must not grow with
 * the export's size in any way that matters).
 */
export function createSeenIds() {
  const chunks = new Map<number, Uint32Array>();
  let size = 0;
  return {
    has(id: number): boolean {
      const chunk = chunks.get(Math.floor(id / CHUNK_BITS));
      if (!chunk) return false;
      const bit = id % CHUNK_BITS;
      return (chunk[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    },
    add(id: number): void {
      const key = Math.floor(id / CHUNK_BITS);
      let chunk = chunks.get(key);
      if (!chunk) {
        chunk = new Uint32Array(CHUNK_BITS / 32);
        chunks.set(key, chunk);
      }
      const bit = id % CHUNK_BITS;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((chunk[word]! & mask) === 0) size++;
      chunk[word] = chunk[word]! | mask;
    },
    get size() {
      return size;
    },
  };
}

export type SeenIds = ReturnType<typeof createSeenIds>;
