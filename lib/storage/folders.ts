/**
 * The folders beside the database that hold uploaded files (award photos under
 * uploads/, pledge evidence under pledge-evidence/). A backup carries them, a restore
 * puts them back, and they are kept owner-only. A new kind of upload adds its folder here.
 */
export const uploadFolders = ['uploads', 'pledge-evidence'] as const;
