import type { AppData } from '../../../../shared/data';

/** First run: the sample team is on screen; one action clears it for a real team. */
export function SampleBanner({ data, busy, onClear }: { data: AppData; busy: boolean; onClear: () => void }) {
  if (!data.sample) return null;
  return (
    <section className="banner banner--info" aria-labelledby="sample-banner-title">
      <div>
        <h2 id="sample-banner-title" className="banner__title">
          This is a sample team
        </h2>
        <p>
          {data.organisation.name} and its {data.members.length} members show how Gapwise works. Clear it to start your
          own team; the sample is not saved anywhere else.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onClear} disabled={busy}>
        {busy ? 'Clearing…' : 'Clear the sample team'}
      </button>
    </section>
  );
}
