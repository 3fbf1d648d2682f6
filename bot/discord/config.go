package discord

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Config is the discord: section of checkin's configuration file.
type Config struct {
	// Token is the bot token from the Developer Portal. In the file it is
	// ${DISCORD_BOT_TOKEN}, so the secret lives in the environment only.
	Token string `yaml:"token"`
	// ApplicationID owns the slash commands. Empty means the application
	// the token belongs to, as Discord reports it on connect.
	ApplicationID string `yaml:"application_id"`
	// GuildIDs, when set, registers the commands in these servers only:
	// they appear at once, which suits testing. Empty registers them
	// globally, for every server and for DMs.
	GuildIDs []string `yaml:"guild_ids"`
	// Rate caps the REST requests a second that checkin starts on its own
	// (DMs and DM channels), under Discord's global limit of 50, so that a
	// fan-out of daily prompts never trips it.
	Rate float64 `yaml:"rate"`
	// APIURL replaces https://discord.com for REST calls: a fake Discord in
	// tests, or an API proxy. Empty talks to Discord itself.
	APIURL string `yaml:"api_url"`
	// ShardID and ShardCount split the gateway across instances: this
	// instance's session is shard ShardID of ShardCount and receives the
	// events of the servers with (server id >> 22) % ShardCount ==
	// ShardID. Discord sends every DM to shard 0 alone, so the instance
	// with shard 0 holds every DM conversation; the others answer slash
	// commands in their servers. Sends (prompts, replies) go by REST from
	// any instance.
	ShardID    int `yaml:"shard_id"`
	ShardCount int `yaml:"shard_count"`
}

// DefaultConfig is the configuration a self-hoster starts from: only the
// token is missing.
func DefaultConfig() Config {
	return Config{Rate: 40, ShardCount: 1}
}

// globalLimit is Discord's documented global REST limit per bot.
const globalLimit = 50

// maxShards bounds discord.shard_count: far past what checkin's DM-only
// bot needs (Discord asks for a shard per 2,500 servers).
const maxShards = 1024

// Validate reports every problem at once, each naming its key and the fix.
// An empty token is an error: call Validate only when Discord is enabled.
func (c Config) Validate() error {
	var errs []error
	tok := strings.TrimPrefix(c.Token, "Bot ")
	switch {
	case tok == "":
		errs = append(errs, errors.New("discord.token: is empty; set it to ${DISCORD_BOT_TOKEN} and export the token "+
			"from the Developer Portal (your application → Bot → Reset Token)"))
	case strings.Contains(tok, "${"):
		errs = append(errs, fmt.Errorf("discord.token: %q was not replaced by the environment; export that "+
			"variable before starting checkin", tok))
	case strings.ContainsAny(tok, " \t\r\n"):
		errs = append(errs, errors.New("discord.token: contains spaces or line breaks; paste the token alone"))
	}
	if c.ApplicationID != "" && !snowflake(c.ApplicationID) {
		errs = append(errs, fmt.Errorf("discord.application_id: %q is not an application id; copy it from the "+
			"Developer Portal (General Information → Application ID), or leave it empty", c.ApplicationID))
	}
	for i, g := range c.GuildIDs {
		if !snowflake(g) {
			errs = append(errs, fmt.Errorf("discord.guild_ids[%d]: %q is not a server id; turn on Developer Mode "+
				"in Discord, right-click the server and choose Copy Server ID", i, g))
		}
	}
	if !(c.Rate > 0 && c.Rate <= globalLimit) {
		errs = append(errs, fmt.Errorf("discord.rate: %g is out of range; use requests a second above 0 and at "+
			"most %d (Discord's global limit); the default is 40", c.Rate, globalLimit))
	}
	if c.ShardCount < 1 || c.ShardCount > maxShards {
		errs = append(errs, fmt.Errorf("discord.shard_count: %d; use 1 (one instance holds the gateway, the default) "+
			"or the number of instances that share it, at most %d", c.ShardCount, maxShards))
	} else if c.ShardID < 0 || c.ShardID >= c.ShardCount {
		errs = append(errs, fmt.Errorf("discord.shard_id: %d; with shard_count %d use 0 to %d, a different one on "+
			"each instance (shard 0 receives every DM)", c.ShardID, c.ShardCount, c.ShardCount-1))
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("discord.api_url: %q is not an http(s) URL; leave it empty to talk to "+
				"Discord itself", c.APIURL))
		}
	}
	return errors.Join(errs...)
}

// snowflake reports whether s looks like a Discord id: up to 20 digits.
func snowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
