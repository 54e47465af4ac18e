/** What the backup screen leaves in sessionStorage for the reloaded page to say after a restore. */
export const RESTORED_NOTICE_KEY = 'desk:restored';
