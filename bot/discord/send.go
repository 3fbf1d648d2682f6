package discord

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

var _ bot.Sender = (*Adapter)(nil)

// Send delivers a reply to a DM channel (the ChatID the core stored) and
// returns the id of the last message, the one carrying any buttons.
// Daily prompts, reminders and summaries come this way. When Discord will
// not deliver to the person at all, the error wraps bot.ErrUnreachable.
func (a *Adapter) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	parts, err := render(r)
	if err != nil {
		return "", fmt.Errorf("discord: send: %w", err)
	}
	if len(parts) == 0 {
		return "", errors.New("discord: send: the reply is empty")
	}
	var id string
	for _, p := range parts {
		m, err := a.createMessage(ctx, chatID, p)
		if err != nil {
			if refused(err) {
				return id, fmt.Errorf("discord: send: %w: %w", bot.ErrUnreachable, err)
			}
			return id, fmt.Errorf("discord: send: %w", err)
		}
		id = m.ID
	}
	return id, nil
}

// messageCreate adds Discord's nonce to discordgo's MessageSend: with
// enforce_nonce, a retry after a lost answer returns the message already
// made instead of sending the person a second copy.
type messageCreate struct {
	discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

func (a *Adapter) createMessage(ctx context.Context, channelID string, p part) (*discordgo.Message, error) {
	nonce, err := newNonce()
	if err != nil {
		return nil, err
	}
	data := messageCreate{
		MessageSend: discordgo.MessageSend{Content: p.content, Components: p.components, AllowedMentions: noMentions()},
		Nonce:       nonce, EnforceNonce: true,
	}
	contentType, body := "application/json", []byte(nil)
	if len(p.files) > 0 {
		contentType, body, err = discordgo.MultipartBodyWithJSON(data, attachments(p.files))
	} else {
		body, err = json.Marshal(data)
	}
	if err != nil {
		return nil, fmt.Errorf("encode message: %w", err)
	}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	var m discordgo.Message
	err = a.call(ctx, true, func(o ...discordgo.RequestOption) error {
		resp, err := a.s.RequestRaw("POST", endpoint, contentType, body, endpoint, 0, o...)
		if err != nil {
			return err
		}
		return json.Unmarshal(resp, &m)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// newNonce is a random id for one message, within Discord's 25 characters.
func newNonce() (string, error) {
	var b [10]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("nonce: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// dmCache remembers each person's DM channel: Discord returns the same
// channel every time, so one request per person per process is enough.
type dmCache struct {
	mu     sync.Mutex
	byUser map[string]string
}

func (c *dmCache) get(user string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch, ok := c.byUser[user]
	return ch, ok
}

func (c *dmCache) put(user, channel string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byUser == nil {
		c.byUser = map[string]string{}
	}
	c.byUser[user] = channel
}

// dmChannel returns the person's DM channel, opening it on first use.
func (a *Adapter) dmChannel(ctx context.Context, userID string) (string, error) {
	if ch, ok := a.dms.get(userID); ok {
		return ch, nil
	}
	var ch *discordgo.Channel
	err := a.call(ctx, true, func(o ...discordgo.RequestOption) (err error) {
		ch, err = a.s.UserChannelCreate(userID, o...)
		return err
	})
	switch {
	case err != nil && refused(err):
		return "", fmt.Errorf("discord: open DM: %w: %w", bot.ErrUnreachable, err)
	case err != nil:
		return "", fmt.Errorf("discord: open DM: %w", err)
	}
	a.dms.put(userID, ch.ID)
	return ch.ID, nil
}
