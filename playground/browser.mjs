// Drive the Agents Playground's web page (PLAYGROUND_URL) with headless Chromium, as a person
// would: type in the compose box, click card buttons, fill card fields, wait for the bot.
//
//   node playground/browser.mjs check              the demo mentor's prompt card arrives and
//                                                  `help` is answered, or exit 1
//   node playground/browser.mjs screenshots DIR [SCENE...]  the README's pictures, all scenes
//                                                  of playground/scenes.mjs or those named
//
// Run it through playground/run.sh, which starts the bot and the Playground first; see the
// Makefile targets playground-check and screenshots. Needs playwright-core (run.sh installs it)
// and a Chromium (CHROMIUM, else /usr/bin/chromium or chromium-browser or google-chrome).
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SCENES } from './scenes.mjs';

const require = createRequire(join(process.cwd(), '.playground', 'node_modules'));
const { chromium } = require('playwright-core');

const ANSWER_SECONDS = 30;
const QUIET_MS = 1200;  // a turn may send several messages: the answer is complete after this
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class Chat {
  constructor(page) { this.page = page; }

  botMessages() { return this.page.locator('.fai-OutputCard'); }

  async open(url) {
    await this.page.goto(url, { waitUntil: 'networkidle' });
    await this.page.getByRole('textbox').waitFor();
    await this.quiet(2500, 15);  // a first visit is welcomed; let that finish first
  }

  // Wait until no bot message came for quietMs and done(count) holds; false at the deadline.
  async quiet(quietMs, seconds, done = async () => true) {
    const deadline = Date.now() + seconds * 1000;
    let seen = -1, quietSince = Date.now();
    while (Date.now() < deadline) {
      const count = await this.botMessages().count();
      if (count !== seen) { seen = count; quietSince = Date.now(); }
      if (Date.now() - quietSince >= quietMs && await done(count)) return true;
      await this.page.waitForTimeout(200);
    }
    return false;
  }

  async say(text, expected) {
    await this.answerTo(async () => {
      await this.page.getByRole('textbox').click();
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    }, expected, `"${text}"`);
  }

  async click(button, expected) {  // a button of the newest card that has one by that name
    const target = this.page.getByRole('button', { name: button, exact: true }).last();
    await this.answerTo(() => target.click(), expected, `the button "${button}"`);
  }

  // Wait for a message the bot sends by itself (a prompt), holding `expected`.
  async waitFor(expected, seconds) {
    if (await this.quiet(QUIET_MS, seconds, async () => this.has(expected, 0))) return;
    const answers = await this.botMessages().allInnerTexts();
    throw new Error(`no message with "${expected}" within ${seconds} s; the bot's last `
      + `messages:\n${answers.slice(-3).join('\n---\n')}`);
  }

  async show(text) {  // scroll the newest text `text` of the bot's to the top of the chat
    await this.botMessages().getByText(text).last()
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  }

  async fill(text) {  // the newest card's last text field
    await this.page.locator('.ac-adaptiveCard').last().getByRole('textbox').last().fill(text);
  }

  // Do something, then wait until the bot has answered (with the expected text, if given).
  async answerTo(act, expected, what) {
    const before = await this.botMessages().count();
    await act();
    const answered = async (count) => count > before && await this.has(expected, before);
    if (await this.quiet(QUIET_MS, ANSWER_SECONDS, answered)) return;
    const answers = await this.botMessages().allInnerTexts();
    throw new Error(`no answer${expected ? ` with "${expected}"` : ''} to ${what} within `
      + `${ANSWER_SECONDS} s; the bot's last messages:\n${answers.slice(-3).join('\n---\n')}`);
  }

  async has(expected, after) {
    if (!expected) return true;
    const texts = (await this.botMessages().allInnerTexts()).slice(after);
    return texts.some((text) => text.includes(expected));
  }

  async closeLogPanel() {  // the Playground's request log; the pictures show the chat only
    const panel = this.page.getByText('Log Panel');
    if (await panel.isVisible()) {
      await panel.locator('xpath=..').getByRole('button').last().click();
    }
  }
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path));
}

async function withChat(viewport, work) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error('playground: no Chromium found; install it or set CHROMIUM=/path/to/chrome');
    process.exit(3);
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    // Offline: the page asks a CDN for its fonts; refuse everything that is not local.
    await context.route((url) => !['localhost', '127.0.0.1'].includes(url.hostname),
      (route) => route.abort());
    const chat = new Chat(await context.newPage());
    await chat.open(process.env.PLAYGROUND_URL);
    await work(chat);
  } finally {
    await browser.close();
  }
}

// The first words of the bot's answer to `help`, per the client's language.
const HELP_ANSWER = { nl: 'Dit kun je mij vragen', en: 'You can ask me' };

// A word of the demo mentor's absence prompts (the demo's Jan de Vries was late 6 times).
const PROMPT = { nl: 'keer te laat', en: 'late 6 times' };
const PROMPT_SECONDS = 60;

async function check() {
  const lang = (process.env.PLAYGROUND_LOCALE || 'nl-NL').startsWith('en') ? 'en' : 'nl';
  await withChat({ width: 1280, height: 800 }, async (chat) => {
    const opened = Date.now();
    await chat.waitFor(PROMPT[lang], PROMPT_SECONDS);
    console.log(`playground check: the demo mentor's prompt card arrived within `
      + `${Math.ceil((Date.now() - opened) / 1000)} s of opening the chat`);
    await chat.quiet(3000, 20);  // the rest of her prompts, before `help`
    await chat.say('help', HELP_ANSWER[lang]);
    const answer = (await chat.botMessages().allInnerTexts()).at(-1);
    console.log(`playground check: the bot answered "help" in the Playground:\n${answer}`);
  });
}

async function screenshots(folder, names) {
  const unknown = names.filter((name) => !SCENES.some((scene) => scene.name === name));
  if (unknown.length) throw new Error(`no scene ${unknown.join(', ')} in playground/scenes.mjs`);
  mkdirSync(folder, { recursive: true });
  const chosen = SCENES.filter((s) => !names.length || names.includes(s.name));
  if (!chosen[0]?.firstVisit) {  // the welcome, out of sight
    await withChat({ width: 1280, height: 800 }, async () => {});
  }
  for (const scene of chosen) {
    await withChat(scene.viewport, async (chat) => {
      await chat.closeLogPanel();
      await scene.play(chat, async (file) => {
        await chat.page.screenshot({ path: join(folder, file) });
        console.log(`playground: wrote ${join(folder, file)}`);
      });
    });
  }
}

const [command, folder = 'docs/screenshots', ...names] = process.argv.slice(2);
if (!process.env.PLAYGROUND_URL) {
  console.error('playground: PLAYGROUND_URL is not set; run this through playground/run.sh');
  process.exit(2);
}
if (command === 'check') await check();
else if (command === 'screenshots') await screenshots(folder, names);
else {
  console.error('usage: node playground/browser.mjs check | screenshots DIR [SCENE...]');
  process.exit(2);
}
