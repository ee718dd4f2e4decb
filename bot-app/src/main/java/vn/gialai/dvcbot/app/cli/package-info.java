/**
 * Command-line tools packed into the application jar ({@code java -jar dvc-bot.jar <command>}): they run
 * without Redis, network or web server and exit with a status code.
 */
package vn.gialai.dvcbot.app.cli;
