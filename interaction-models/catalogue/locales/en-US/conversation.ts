import type { LocaleIntentText } from '../../locale';

/** en-US: opening, closing and steering a conversation (mostly Alexa built-ins). */
export const conversation = {
  welcome: {
    samples: [
      'open my bank',
      'launch',
      'launch my bank',
      'start',
      'start my bank',
      'hi',
      'hello',
      'hey there',
      'talk to my bank',
    ],
  },
  fallback: {
    samples: [
      'book me a flight',
      "what's the weather",
      'play some music',
      'order a pizza',
      'tell me a joke',
      'set a timer',
      'turn on the lights',
    ],
  },
  help: {
    samples: [
      'help',
      'what can I say',
      'what can you do',
      'how does this work',
      'I need help',
      'what can I ask',
      'help me',
      'what are my options',
    ],
    alexaExtensions: ['what can I ask', 'what are my options'],
  },
  stop: { samples: ['stop', 'exit', 'quit', 'goodbye', 'bye', "that's all", "I'm done", "that's everything"] },
  cancel: { samples: ['cancel', 'never mind', 'forget it', 'nevermind'] },
  navigateHome: { samples: ['go home', 'go to the home screen'] },
  yes: {
    samples: ['yes', 'yeah', 'yep', 'sure', 'yes please', 'okay', 'ok', 'please do', 'continue', 'go on', 'keep going'],
  },
  more: { samples: ['more', 'tell me more', 'read the rest', 'read more', 'the rest'] },
  next: { samples: ['next', 'next one', "what's next", 'next page'] },
  no: { samples: ['no', 'no thanks', 'nope', 'not now', 'no thank you', "that's it", 'nothing else', "I'm good"] },
} as const satisfies Record<string, LocaleIntentText>;
