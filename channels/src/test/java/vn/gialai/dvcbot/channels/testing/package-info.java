/** Stand-ins for the messaging platforms that the channels' tests and the app's integration tests share (test jar). */
package vn.gialai.dvcbot.channels.testing;
