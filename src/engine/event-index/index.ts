/** The event index's surface for the rest of the engine: the timeline a run evaluates, a treaty's view of it, and what their queries take and give. */
export { dayKey } from '../canonical-order.js';
export { COL, MANY, NONE, OTHER, STRIDE, type Columns } from './columns.js';
export { ANY_FIELD, FIELD_BITS, type Selection } from './index-rows.js';
export { eventKinds, originLabel, type EventTest, type HistoryOrigin, type PositionTest, type TimelineEvent } from './timeline-event.js';
export { Timeline, type TimelineInput } from './timeline-index.js';
export { TreatyEvents } from './treaty-events.js';
