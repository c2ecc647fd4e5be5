/**
 * How the browser tests and the start-up bench launch Debian's Chromium: CHROMIUM_PATH or
 * /usr/bin/chromium, headless-friendly flags, and no background networking (the machines here
 * have no internet, and Chromium's own connections would only fail noisily).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}
