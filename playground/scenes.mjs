// The README's screenshots: what the demo mentor (Marieke Jansen) does in each picture.
// Each scene opens a fresh Playground page (an empty chat; the bot keeps its state), so a
// scene must finish any dialog it starts. A first scene marked firstVisit gets the very first
// page (with the welcome); else a page opened out of sight takes the welcome. They run in order on one scratch database: the
// logbook shows the form that add-form saved. In `play(chat, picture)`:
//   chat.say(text, expected)    type a message; wait for an answer holding `expected`
//   chat.click(button, expected) click a button of the newest card that has it; wait likewise
//   chat.fill(text)             fill the newest card's last text field
//   picture(file)               save the page as it is now

const WIDE = { width: 1280, height: 900 };
const TALL = { width: 1280, height: 1100 };

export const SCENES = [
  {
    // The demo's absence year gave Marieke prompts; they arrive once her chat is open.
    name: 'prompt',
    firstVisit: true,  // the prompts go to the first chat that opens
    viewport: TALL,
    async play(chat, picture) {
      await chat.waitFor('6e keer te laat', 60);
      await chat.quiet(3000, 20);  // the rest of her prompts
      await chat.show('6e keer te laat dit schooljaar');
      await picture('prompt.png');
    },
  },
  {
    name: 'help',
    viewport: WIDE,
    async play(chat, picture) {
      await chat.say('help', 'Dit kun je mij vragen');
      await picture('help.png');
    },
  },
  {
    name: 'add-form',
    viewport: TALL,
    async play(chat, picture) {
      await chat.say('nieuw formulier Jan de Vries', 'Welk formulier');
      await chat.click('2. Docent/mentor/teamleider - informatie', 'omschrijving');
      await chat.fill('Gesprek met ouders over huiswerk');
      await picture('add-form-start.png');
      await chat.click('Verder', 'Tot wanneer');
      await chat.click('Alles standaard', 'Tekst');
      await chat.fill('Ouders en mentor spreken af dat Jan elke dag zijn planner laat zien.');
      await chat.click('Verder', 'Klopt dit?');
      await chat.click('Opslaan', 'Opgeslagen');
      await picture('add-form.png');
    },
  },
  {
    name: 'logbook',
    viewport: { width: 1280, height: 1080 },
    async play(chat, picture) {
      await chat.say('logboek Jan de Vries', 'Logboek');
      await picture('logbook.png');
    },
  },
  {
    // The top of the same card: who Jan is, and his school year's absence per week.
    name: 'logbook-absence',
    viewport: { width: 1280, height: 1000 },
    async play(chat, picture) {
      await chat.say('logboek Jan de Vries', 'Verzuim dit schooljaar');
      await chat.show('Logboek Jan de Vries');
      await picture('logbook-absence.png');
    },
  },
  {
    name: 'my-students',
    viewport: { width: 1280, height: 1000 },
    async play(chat, picture) {
      await chat.say('mijn leerlingen', 'Mijn leerlingen');
      await chat.show('Mijn leerlingen (');
      await picture('my-students.png');
    },
  },
];
