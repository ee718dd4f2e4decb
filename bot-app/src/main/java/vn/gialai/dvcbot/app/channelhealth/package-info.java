/**
 * What administrators see about the messaging channels on every staff page: a banner when a channel has gone
 * deaf (its recent webhook requests all refused, nothing received for too long, or its webhook not set).
 */
package vn.gialai.dvcbot.app.channelhealth;
