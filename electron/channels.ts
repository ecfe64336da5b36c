/** The one prefixed IPC channel pair between the preload bridge and the main process. */
export const CALL_CHANNEL = 'duizhao:call';
export const EVENT_CHANNEL = 'duizhao:event';
