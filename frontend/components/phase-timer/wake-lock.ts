import { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while it is wanted (a workout runs). The browser drops the lock when the page is
 * hidden, so it is asked for again when the page becomes visible. A refusal (e.g. battery saver) is
 * ignored: the workout still works, the screen may dim.
 */
export class ScreenWakeLock implements ReactiveController {
  private sentinel?: WakeLockSentinel;

  constructor(host: ReactiveControllerHost, private readonly isWanted: () => boolean) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.release();
  }

  async request() {
    if (!this.isWanted() || this.sentinel || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) {
      return;
    }
    try {
      this.sentinel = await navigator.wakeLock.request('screen');
      this.sentinel.addEventListener('release', () => { this.sentinel = undefined; });
    } catch {
      // refused: see above
    }
  }

  release() {
    this.sentinel?.release();
    this.sentinel = undefined;
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') {
      this.request();
    }
  };
}
