/** IPC channel names, `domain:verb`. Shared by main and preload so neither spells them twice. */
export const IPC_CHANNELS = {
  appGetVersion: 'app:getVersion',
} as const;
