export { ReviewService, BULK_LIMIT, type BulkAction, type SplitSpec } from './service.js';
export { ReviewError } from './errors.js';
export { EditPatchSchema, type EditPatch } from './edit-patch.js';
export { reviewFor } from './review-for.js';
