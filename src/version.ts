// Kept in step with package.json; stored with every mention as the extractor's version.
export const VERSION = '0.1.0';
export const EXTRACTOR = `khronika-rules@${VERSION}`;
