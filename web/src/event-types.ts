// One colour per event type, shared by the map, the legend, the list and the timeline.
export const TYPE_COLORS: Record<string, string> = {
  protest: '#1f77b4',
  riot: '#d62728',
  arson: '#ff7f0e',
  sabotage: '#8c564b',
  armed_attack: '#9467bd',
  explosion: '#e377c2',
  arrest: '#2ca02c',
  statement: '#17becf',
  organization: '#bcbd22',
  policy: '#7f7f7f',
  desertion: '#393b79',
  other: '#aaaaaa',
};
export const typeLabel = (t: string) => t.replace('_', ' ');
export const PRECISION_LABEL: Record<number, string> = { 1: 'settlement', 2: 'region', 3: 'country' };
