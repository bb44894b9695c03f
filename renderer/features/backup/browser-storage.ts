/**
 * Browser mode keeps the data AND its automatic backups in the same origin's storage, which the
 * browser may clear under storage pressure unless the origin is persistent (issue 14 item 12). So the
 * backup page asks for persistence (navigator.storage.persist()) and shows the answer and the space
 * left (estimate()), next to the plain advice to also back up to a folder or USB stick.
 */
export interface BrowserStorageState {
  /** false when the browser has no StorageManager (then nothing is known). */
  supported: boolean;
  /** Whether the browser promised not to clear this site's data without asking. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export async function checkBrowserStorage(storage: StorageLike | undefined): Promise<BrowserStorageState> {
  if (!storage?.persist) return { supported: false, persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  try {
    persisted = (await storage.persisted?.()) ?? null;
    // Asking again when already granted is harmless; asking once is what makes Chromium decide.
    if (persisted !== true) persisted = await storage.persist();
  } catch {
    persisted = null;
  }
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const estimate = await storage.estimate?.();
    usage = estimate?.usage ?? null;
    quota = estimate?.quota ?? null;
  } catch {
    // No estimate: the card says the space is unknown.
  }
  return { supported: true, persisted, usage, quota };
}
