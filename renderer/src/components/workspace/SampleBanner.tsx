import type { AppData } from '../../../../shared/data';
import { Banner } from './Banner';

/** First run: the sample team is on screen; one action clears it for a real team. */
export function SampleBanner({ data, busy, onClear }: { data: AppData; busy: boolean; onClear: () => void }) {
  if (!data.sample) return null;
  return (
    <Banner
      tone="info"
      titleId="sample-banner-title"
      title="This is a sample team"
      action={
        <button type="button" className="button button--primary" onClick={onClear} disabled={busy}>
          {busy ? 'Clearing…' : 'Clear the sample team'}
        </button>
      }
    >
      <p>
        {data.organisation.name} and its {data.members.length} members show how Gapwise works. Clear it to start your
        own team; a backup keeps the sample if you want it back.
      </p>
    </Banner>
  );
}
