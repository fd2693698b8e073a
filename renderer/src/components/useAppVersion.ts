import { useEffect, useState } from 'react';

/** The app version from the main process, or null while unknown or outside Electron. */
export function useAppVersion(): string | null {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    const bridge = window.gapwise;
    if (!bridge) return;
    let current = true;
    bridge.getAppInfo({}).then(
      (result) => {
        if (current && result.ok) setVersion(result.value.version);
      },
      () => {
        // The version is decoration; the screen works without it.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return version;
}
