/** Shown in the sidebar and the about box; bump with each release pushed to Apps Script. */
export const ADDON_VERSION = '0.1.0';
