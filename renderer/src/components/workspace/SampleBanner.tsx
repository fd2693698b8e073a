import type { AppData } from '@shared/data';
import { Banner } from './Banner';
import { Button } from '../common/Button';

/** First run: the sample team is on screen; one action clears it for a real team. */
export function SampleBanner({ data, busy, onClear }: { data: AppData; busy: boolean; onClear: () => void }) {
  if (!data.sample) return null;
  return (
    <Banner
      tone="info"
      titleId="sample-banner-title"
      title="This is a sample team"
      action={
        <Button variant="primary" onClick={onClear} disabled={busy}>
          {busy ? 'Clearing…' : 'Clear the sample team'}
        </Button>
      }
    >
      <p>
        {data.organisation.name} and its {data.members.length} members show how Gapwise works. Clear it to start your
        own team; a backup keeps the sample if you want it back.
      </p>
    </Banner>
  );
}
