export { ReviewService, BULK_LIMIT, type BulkAction, type SplitSpec } from './service.js';
export { ReviewError } from './review-error.js';
export { EditPatchSchema, type EditPatch } from './edit-patch.js';
export { reviewFor } from './review-for.js';
