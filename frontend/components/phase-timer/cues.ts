import { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The timer's sounds and words: a short tone when a hold starts and ends, the phase's spoken words, and
 * "three, two, one" before a hold. Browsers play sound only after the person has touched the page, so the
 * audio is unlocked on the first pointer or key press. Nothing is played or said while muted.
 */
export class Cues implements ReactiveController {
  private audio?: AudioContext;
  private lastCountedSecond = -1;
  private sleepTimer?: number;

  constructor(host: ReactiveControllerHost, private readonly isMuted: () => boolean) {
    host.addController(this);
  }

  hostConnected() {
    this.listenForTouch();
  }

  hostDisconnected() {
    window.clearTimeout(this.sleepTimer);
    this.stopListeningForTouch();
    if ('speechSynthesis' in window) {
      speechSynthesis.cancel();
    }
  }

  /** A phase begins: a high tone if it is a hold, then its words (cutting off whatever is still spoken). */
  phaseStarts(speech: string, holdStarts: boolean) {
    this.lastCountedSecond = -1;
    if (holdStarts) {
      this.tone(880, 0.18);
    }
    if (speech) {
      this.say(speech, true);
    }
  }

  /** A hold has ended: a lower tone. */
  holdEnds() {
    this.tone(523, 0.18);
  }

  /** Says the word for each of the last seconds once: with three words, the first at 3 s left. */
  countIn(remainingMs: number, words: string[]) {
    const second = Math.ceil(remainingMs / 1000);
    if (second >= 1 && second <= words.length && second !== this.lastCountedSecond) {
      this.lastCountedSecond = second;
      this.say(words[words.length - second], false);
    }
  }

  private readonly unlockAudio = () => {
    const Ctx = window.AudioContext || (window as any).webkitAudioContext;
    if (!this.audio && Ctx) {
      this.audio = new Ctx();
    }
    // started once from the person's touch, the context may later be woken for each tone: so the first
    // touch that starts it is the last one listened to
    this.audio?.resume().then(() => {
      if (this.audio?.state === 'running') {
        this.stopListeningForTouch();
      }
      this.sleepSoon(0);
    }, () => undefined);
  };

  private listenForTouch() {
    document.addEventListener('pointerdown', this.unlockAudio, true);
    document.addEventListener('keydown', this.unlockAudio, true);
  }

  private stopListeningForTouch() {
    document.removeEventListener('pointerdown', this.unlockAudio, true);
    document.removeEventListener('keydown', this.unlockAudio, true);
  }

  private say(text: string, interrupt: boolean) {
    if (this.isMuted() || !('speechSynthesis' in window)) {
      return;
    }
    if (interrupt) {
      speechSynthesis.cancel();
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
  }

  private tone(frequency: number, seconds: number) {
    const audio = this.audio;
    if (this.isMuted() || !audio || audio.state === 'closed') {
      return;
    }
    const play = () => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const start = audio.currentTime;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + seconds + 0.02);
      this.sleepSoon(seconds);
    };
    if (audio.state === 'running') {
      play();
    } else {
      // a browser that would not wake the sound without a touch gets the next touch to do it
      audio.resume().then(() => audio.state === 'running' ? play() : this.listenForTouch(),
          () => this.listenForTouch());
    }
  }

  /**
   * Suspends the audio a moment after the last tone: a running audio context renders silence all the
   * time, which on a phone costs battery and, with several pages, made the timers fire late.
   */
  private sleepSoon(afterSeconds: number) {
    window.clearTimeout(this.sleepTimer);
    this.sleepTimer = window.setTimeout(() => {
      if (this.audio?.state === 'running') {
        this.audio.suspend();
      }
    }, afterSeconds * 1000 + 500);
  }
}
