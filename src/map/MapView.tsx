// Placeholder until the map view lands (issue 6): the list is always the accessible route.
import type { Dataset } from '../dataset/index.ts';
import type { FindOutput, FindQuery } from '../core/find.ts';
import type { WhereResult } from '../core/place/index.ts';
import { Results } from '../services/Results.tsx';

export default function MapView(props: { data: Dataset; query: FindQuery; output: FindOutput; where?: WhereResult }) {
  return <Results {...props} />;
}
