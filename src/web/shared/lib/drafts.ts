// Unsent words survive a reload, and nothing more: they are kept for the tab (sessionStorage),
// never across closing it, and every one of them goes when the user signs out. On a shared
// hotel computer a draft must not outlive its writer's session.
const PREFIX = 'parley.draft.';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): string {
  return storage()?.getItem(PREFIX + key) ?? '';
}

export function writeDraft(key: string, text: string): void {
  const s = storage();
  if (!s) return;
  try {
    if (text.trim() === '') s.removeItem(PREFIX + key);
    else s.setItem(PREFIX + key, text);
  } catch {
    // A full storage loses the draft's copy, not the draft on screen.
  }
}

export const clearDraft = (key: string) => storage()?.removeItem(PREFIX + key);

export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
